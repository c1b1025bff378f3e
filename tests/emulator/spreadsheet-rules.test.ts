/**
 * Data validation, protection, conditional formats, named ranges. Docs:
 * reference/spreadsheet/data-validation-builder, data-validation, protection, range#protect,
 * sheet#protect, conditional-format-rule-builder, spreadsheet#setnamedrangename,-range.
 */
import { errorOf, fixture } from './spreadsheet-fixture';

describe('data validation', () => {
  test('builder round trip: criteria type and values, allowInvalid, help text', () => {
    const f = fixture();
    const rule = f.run(() => f.app.newDataValidation().requireValueInList(['план', 'факт'], false).setAllowInvalid(false).setHelpText('Выберите').build());
    expect(f.run(() => [String(rule.getCriteriaType()), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()])).toEqual([
      'VALUE_IN_LIST',
      [['план', 'факт'], false],
      false,
      'Выберите',
    ]);
    expect(f.run(() => rule.getCriteriaType() === f.app.DataValidationCriteria.VALUE_IN_LIST)).toBe(true);
    // data-validation-builder#setallowinvalid: new rules allow invalid input by default.
    expect(f.run(() => f.app.newDataValidation().requireCheckbox().build().getAllowInvalid())).toBe(true);
  });

  test('date criteria keep their dates; copy() gives a builder', () => {
    const f = fixture();
    const from = new Date(Date.UTC(2026, 8, 1));
    const to = new Date(Date.UTC(2027, 4, 31));
    const rule = f.run(() => f.app.newDataValidation().requireDateBetween(from, to).build());
    const values = f.run(() => rule.getCriteriaValues()) as Date[];
    expect(values.map((d) => d.getTime())).toEqual([from.getTime(), to.getTime()]);
    expect(f.run(() => String(rule.copy().requireDateAfter(from).build().getCriteriaType()))).toBe('DATE_AFTER');
    expect(f.run(() => String(f.app.newDataValidation().requireDate().build().getCriteriaType()))).toBe('DATE_IS_VALID_DATE');
  });

  test('set on a range, read per cell, cleared', () => {
    const f = fixture();
    f.run(() => {
      const rule = f.app.newDataValidation().requireNumberBetween(1, 5).build();
      f.sheet().getRange('A1:A3').setDataValidation(rule);
    });
    expect(f.run(() => f.sheet().getRange('A2').getDataValidation()!.getCriteriaValues())).toEqual([1, 5]);
    expect(f.run(() => f.sheet().getRange('A3:B3').getDataValidations()[0]!.map((r) => r !== null))).toEqual([true, false]);
    f.run(() => f.sheet().getRange('A1:A3').clearDataValidations());
    expect(f.run(() => f.sheet().getRange('A2').getDataValidation())).toBeNull();
  });

  test('requireValueInRange points at a range', () => {
    const f = fixture();
    const source = f.run(() => f.sheet().getRange('D1:D3'));
    const rule = f.run(() => f.app.newDataValidation().requireValueInRange(source).build());
    expect(f.run(() => (rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range).getA1Notation())).toBe('D1:D3');
  });

  // Stricter choice (see validation.ts): a rejecting rule stops script writes of invalid values.
  test('a rejecting rule stops an invalid write and writes nothing; blanks and valid values pass', () => {
    const f = fixture();
    f.run(() => {
      const rule = f.app.newDataValidation().requireValueInList(['да', 'нет']).setAllowInvalid(false).build();
      f.sheet().getRange('B1:B2').setDataValidation(rule);
    });
    expect(errorOf(() => f.run(() => f.sheet().getRange('A2:B2').setValues([['x', 'может быть']])))).toBe(
      'The data you entered in cell B2 violates the data validation rules set on this cell.',
    );
    expect(f.run(() => f.sheet().getRange('A2').getValue())).toBe('');
    f.run(() => f.sheet().getRange('B1:B2').setValues([['да'], ['']]));
    expect(f.run(() => f.sheet().getRange('B1').getValue())).toBe('да');
  });

  test('a warning-only rule lets invalid values in', () => {
    const f = fixture();
    f.run(() => f.sheet().getRange('A1').setDataValidation(f.app.newDataValidation().requireCheckbox().build()));
    f.run(() => f.sheet().getRange('A1').setValue('текст'));
    expect(f.run(() => f.sheet().getRange('A1').getValue())).toBe('текст');
  });
});

describe('protection', () => {
  const owner = 'deputy@school.example';
  const teacher = 'teacher@school.example';

  test('a protected range stops writes by users who are not editors', () => {
    const f = fixture({ owner });
    f.run(() => f.sheet().getRange('A1:C1').protect().setDescription('Заголовки'), { user: owner });
    const message = errorOf(() => f.run(() => f.sheet().getRange('B1').setValue('x'), { user: teacher }));
    expect(message).toBe('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    f.run(() => f.sheet().getRange('B2').setValue('ok'), { user: teacher });
    f.run(() => f.sheet().getRange('B1').setValue('owner'), { user: owner });
    expect(f.run(() => f.sheet().getRange('B1:B2').getValues())).toEqual([['owner'], ['ok']]);
  });

  test('editors, warning-only, description, remove', () => {
    const f = fixture({ owner });
    const p = f.run(() => f.sheet().getRange('A1:A5').protect(), { user: owner });
    f.run(() => p.addEditor(teacher), { user: owner });
    expect(f.run(() => p.getEditors().map((u) => u.getEmail()))).toEqual([owner, teacher]);
    f.run(() => f.sheet().getRange('A1').setValue(1), { user: teacher });
    f.run(() => p.removeEditor(teacher).setWarningOnly(true), { user: owner });
    expect(f.run(() => [p.isWarningOnly(), p.canEdit()], { user: teacher })).toEqual([true, true]);
    f.run(() => f.sheet().getRange('A2').setValue(2), { user: teacher });
    expect(f.run(() => p.getRange().getA1Notation())).toBe('A1:A5');
    f.run(() => p.remove(), { user: owner });
    expect(f.run(() => f.sheet().getProtections(f.app.ProtectionType.RANGE).length)).toBe(0);
  });

  test('a sheet protection with an unprotected range; getProtections by type', () => {
    const f = fixture({ owner });
    f.run(() => {
      const p = f.sheet().protect();
      p.setUnprotectedRanges([f.sheet().getRange('B2:B10')]);
    }, { user: owner });
    f.run(() => f.sheet().getRange('B3').setValue('можно'), { user: teacher });
    expect(errorOf(() => f.run(() => f.sheet().getRange('A3').setValue('нельзя'), { user: teacher }))).toContain('protected cell');
    expect(errorOf(() => f.run(() => f.sheet().insertRowAfter(1), { user: teacher }))).toContain('protected cell');
    const ss = f.run(() => f.app.openById(f.id));
    expect(f.run(() => [ss.getProtections(f.app.ProtectionType.SHEET).length, ss.getProtections(f.app.ProtectionType.RANGE).length])).toEqual([1, 0]);
  });

  test('a protected range moves with inserted rows', () => {
    const f = fixture({ owner });
    const p = f.run(() => f.sheet().getRange('A2:B3').protect(), { user: owner });
    f.run(() => f.sheet().insertRowBefore(1), { user: owner });
    expect(f.run(() => p.getRange().getA1Notation())).toBe('A3:B4');
  });
});

describe('conditional format rules', () => {
  test('built, stored on the sheet, read back', () => {
    const f = fixture();
    f.run(() => {
      const sheet = f.sheet();
      const rule = f.app
        .newConditionalFormatRule()
        .whenFormulaSatisfied('=$C2<TODAY()')
        .setBackground('#f4cccc')
        .setFontColor('#990000')
        .setRanges([sheet.getRange('A2:F100')])
        .build();
      const empty = f.app.newConditionalFormatRule().whenCellEmpty().setBackground('#fff2cc').setRanges([sheet.getRange('C2:C100')]).build();
      sheet.setConditionalFormatRules([rule, empty]);
    });
    const rules = f.run(() => f.sheet().getConditionalFormatRules());
    expect(rules).toHaveLength(2);
    const first = f.run(() => rules[0]!.getBooleanCondition()!);
    expect(f.run(() => [String(first.getCriteriaType()), first.getCriteriaValues(), first.getBackground(), first.getFontColor()])).toEqual([
      'CUSTOM_FORMULA',
      ['=$C2<TODAY()'],
      '#f4cccc',
      '#990000',
    ]);
    expect(f.run(() => rules[0]!.getRanges().map((r) => r.getA1Notation()))).toEqual(['A2:F100']);
  });

  test('whenDateBefore takes a date or a relative date; whenTextEqualTo', () => {
    const f = fixture();
    const a = f.run(() => f.app.newConditionalFormatRule().whenDateBefore(f.app.RelativeDate.TODAY).build());
    expect(f.run(() => String(a.getBooleanCondition()!.getCriteriaType()))).toBe('DATE_BEFORE_RELATIVE');
    const b = f.run(() => f.app.newConditionalFormatRule().whenDateAfter(new Date(Date.UTC(2026, 0, 1))).build());
    expect(f.run(() => String(b.getBooleanCondition()!.getCriteriaType()))).toBe('DATE_AFTER');
    const c = f.run(() => f.app.newConditionalFormatRule().whenTextEqualTo('просрочено').build());
    expect(f.run(() => c.getBooleanCondition()!.getCriteriaValues())).toEqual(['просрочено']);
  });
});

describe('named ranges', () => {
  test('set, get by name, list, remove', () => {
    const f = fixture();
    const ss = f.run(() => f.app.openById(f.id));
    f.run(() => ss.setNamedRange('Учителя', f.sheet().getRange('A2:A50')));
    expect(f.run(() => ss.getRangeByName('Учителя')!.getA1Notation())).toBe('A2:A50');
    expect(f.run(() => ss.getNamedRanges().map((n) => [n.getName(), n.getRange().getA1Notation()]))).toEqual([['Учителя', 'A2:A50']]);
    f.run(() => ss.removeNamedRange('Учителя'));
    expect(f.run(() => ss.getRangeByName('Учителя'))).toBeNull();
    f.run(() => ss.setNamedRange('Список', f.sheet().getRange('B1:B2')));
    f.run(() => ss.getNamedRanges()[0]!.remove());
    expect(f.run(() => ss.getNamedRanges())).toHaveLength(0);
  });

  // reference/spreadsheet/named-range#setnamename returns the named range, so calls chain.
  test('setName renames and returns the named range', () => {
    const f = fixture();
    const ss = f.run(() => f.app.openById(f.id));
    f.run(() => ss.setNamedRange('Учителя', f.sheet().getRange('A2:A50')));
    const renamed = f.run(() => ss.getNamedRanges()[0]!.setName('Педагоги'));
    expect(f.run(() => renamed.getName())).toBe('Педагоги');
    expect(f.run(() => ss.getRangeByName('Педагоги')!.getA1Notation())).toBe('A2:A50');
    f.run(() => ss.setNamedRange('Список', f.sheet().getRange('B1:B2')));
    expect(errorOf(() => f.run(() => renamed.setName('список')))).toBe('A named range called "список" already exists.');
    expect(errorOf(() => f.run(() => renamed.setName('A1')))).toBe('The range name "A1" is not valid.');
  });

  test('a name that looks like a cell reference is not valid', () => {
    const f = fixture();
    expect(errorOf(() => f.run(() => f.app.openById(f.id).setNamedRange('A1', f.sheet().getRange('A1'))))).toBe('The range name "A1" is not valid.');
  });
});
