/**
 * The card's pixel size: the 1.91:1 image that Open Graph and Twitter/X
 * "summary_large_image" cards show without cropping. Pages need these numbers
 * too, for `og:image:width` and `og:image:height`.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
