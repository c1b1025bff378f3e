/**
 * The built add-on (dist/) on the emulator, as the tests drive it (tools/addon-driver.ts), plus
 * typing rows and cells, a snapshot of every cell, and the last alert.
 */
import path from 'node:path';
import { SchoolDriver } from '../../tools/addon-driver';
import { newSchoolWorkspace } from '../../tools/school';
import { Host as HostClass, type WorkspaceState } from '@pds/emulator';
import type { WireMap } from '../../src/wire';

export const DIST = path.resolve(__dirname, '..', '..', 'dist');

/** Sidebar calls are typed by the add-on's wire map: a wrong name or payload does not compile. */
export class Addon extends SchoolDriver<WireMap> {
  static fresh(): Addon {
    return new Addon(newSchoolWorkspace(DIST));
  }

  /** A copy of a saved workspace: each test starts from the same book without sharing it. */
  static from(state: WorkspaceState): Addon {
    return new Addon(HostClass.load({ distDir: DIST, state: structuredClone(state) }));
  }

  /** Types a row as a person would (strings read as typed), by header name; returns its row number. */
  typeRow(tab: string, byHeader: Record<string, string | number | boolean>): number {
    const headers = this.headers(tab);
    return this.sheet(tab, (s) => {
      const row = s.getLastRow() + 1;
      for (const [header, value] of Object.entries(byHeader)) {
        const index = headers.indexOf(header);
        if (index < 0) throw new Error(`${tab}: no column ${header}`);
        s.getRange(row, index + 1).setValue(value);
      }
      return row;
    });
  }

  /** Types one cell, by row and header. */
  typeCell(tab: string, row: number, header: string, value: string | number | boolean): string {
    const index = this.headers(tab).indexOf(header);
    if (index < 0) throw new Error(`${tab}: no column ${header}`);
    return this.sheet(tab, (s) => {
      const cell = s.getRange(row, index + 1);
      cell.setValue(value);
      return cell.getA1Notation();
    });
  }

  /** Every cell of every sheet (values and formulas), to prove an action changed nothing. */
  snapshot(): string {
    return this.asPerson((app) =>
      JSON.stringify(
        app
          .getActiveSpreadsheet()
          .getSheets()
          .map((s) => {
            const range = s.getDataRange();
            return [s.getName(), range.getValues(), range.getFormulas()];
          }),
      ),
    );
  }

  lastAlert(): string {
    const alert = [...this.emulator.state.ui].reverse().find((e) => e.kind === 'alert');
    return String(alert?.data.prompt ?? '');
  }
}
