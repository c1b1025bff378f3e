/**
 * The emulator's driver with what it takes to know this add-on: its «Настройки» tab and its
 * developer-metadata store. The tests (tests/helpers/addon.ts) and the bench (bench/driver.ts)
 * build on it.
 */
import { AddonDriver, type WireShape } from '@pds/emulator';

/** The add-on's prefix for its developer-metadata store (src/platform/store.ts). */
const STORE_PREFIX = 'pedagog.';

export class SchoolDriver<W extends WireShape = WireShape> extends AddonDriver<W> {
  /**
   * A value of the add-on's own memory of the workbook (src/platform/store.ts: developer metadata
   * of PROJECT visibility, keys prefixed "pedagog."), read as the add-on reads it.
   */
  stored(key: string): string | null {
    return this.asPerson((app) => {
      const found = app.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey(`${STORE_PREFIX}${key}`).find();
      return found.length ? found[found.length - 1]!.getValue() : null;
    });
  }

  /** Writes a value of the add-on's memory, as a hand-damaged or earlier state would be. */
  store(key: string, value: string): void {
    this.asPerson((app) => {
      const ss = app.getActiveSpreadsheet();
      const found = ss.createDeveloperMetadataFinder().withKey(`${STORE_PREFIX}${key}`).find();
      if (found.length) found[found.length - 1]!.setValue(value);
      else ss.addDeveloperMetadata(`${STORE_PREFIX}${key}`, value, app.DeveloperMetadataVisibility.PROJECT);
    });
  }

  /** Types a value into the «Настройки» tab's row of a setting, found by its label. */
  setting(label: string, value: string): void {
    this.sheet('Настройки', (s) => {
      const values = s.getDataRange().getValues();
      const headers = values[0]!.map(String);
      const row = values.findIndex((r) => r[headers.indexOf('Параметр')] === label);
      if (row < 0) throw new Error(`no setting ${label}`);
      s.getRange(row + 1, headers.indexOf('Значение') + 1).setValue(value);
    });
  }
}
