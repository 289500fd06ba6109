import type { MetadataField } from '../../../schemas/metadata-field';

/** A metadata field in the export shape: fixed key order, and only the keys its status has. */
export function exportedMetadataField<T>(field: MetadataField<T>): MetadataField<T> {
  switch (field.status) {
    case 'stated':
      return { status: 'stated', value: field.value };
    case 'not-stated':
      return { status: 'not-stated' };
    case 'inferred':
      return { status: 'inferred', value: field.value, reason: field.reason, qualifier: field.qualifier };
  }
}
