/**
 * The element tree satori renders: the shape of a React element, built as
 * plain objects so the project needs neither React nor JSX for one image.
 */
export type CardStyle = Record<string, string | number>;

export interface CardElement {
  type: 'div';
  /** Always null; present so the object is also a valid React element. */
  key: null;
  props: {
    style?: CardStyle;
    children?: string | CardElement | CardElement[];
  };
}

export function div(style: CardStyle, children?: string | CardElement | CardElement[]): CardElement {
  return { type: 'div', key: null, props: { style, children } };
}
