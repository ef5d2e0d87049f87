import { parseArgs, USAGE } from '../../src/cli/args';
import { defaultOutputPath } from '../../src/cli/paths';

describe('parseArgs', () => {
  test('ricalcola with every option', () => {
    expect(parseArgs(['ricalcola', 'x.xlsx', '--output', 'y.xlsx', '--profilo', 'sondrio-2018', '--foglio', 'Foglio 1', '--anno', '2018', '--riepilogo', '--json', '-', '--ente', 'CCIAA'])).toEqual({
      ok: true,
      command: { kind: 'ricalcola', input: 'x.xlsx', output: 'y.xlsx', profile: 'sondrio-2018', sheet: 'Foglio 1', year: 2018, summary: true, json: '-', organisationName: 'CCIAA' },
    });
  });

  test('--opzione=valore and -o', () => {
    const r = parseArgs(['ricalcola', '--anno=2020', 'x.xlsx', '-o', 'z.xlsx']);
    expect(r).toMatchObject({ ok: true, command: { year: 2020, output: 'z.xlsx', summary: false } });
  });

  test.each([
    [[], 'manca il comando'],
    [['calcola', 'x.xlsx'], 'comando sconosciuto «calcola»'],
    [['ricalcola'], 'manca il file'],
    [['ricalcola', 'a.xlsx', 'b.xlsx'], 'un solo file'],
    [['ricalcola', 'a.xlsx', '--anno', '20x2'], "l'anno del piano «20x2» non è valido: scrivere un anno tra 2000 e 2100"],
    [['ricalcola', 'a.xlsx', '--anno', '1850'], "l'anno del piano «1850» non è valido: scrivere un anno tra 2000 e 2100"],
    [['ricalcola', 'a.xlsx', '--anno', '2101'], "l'anno del piano «2101» non è valido"],
    [['colonne'], 'manca il file da esaminare: cruscotto colonne <file.xlsx>.'],
    [['colonne', 'a.xlsx', 'b.xlsx'], 'un solo file'],
    [['colonne', 'a.xlsx', '--riepilogo'], 'opzione sconosciuta «--riepilogo» per il comando «colonne»'],
    [['ricalcola', 'a.xlsx', '--colonne'], 'manca il valore'],
    [['ricalcola', 'a.xlsx', '--profilo'], 'manca il valore'],
    [['ricalcola', 'a.xlsx', '--output', '--riepilogo'], 'manca il valore'],
    [['ricalcola', 'a.xlsx', '--colori'], 'opzione sconosciuta «--colori»'],
    [['ricalcola', 'a.xlsx', '--riepilogo=si'], 'non vuole un valore'],
    [['ricalcola', 'a.xlsx', '--riepilogo', '--riepilogo'], 'ripetuta'],
    [['ricalcola', 'a.xlsx', '--ente', 'x'.repeat(121)], "il nome dell'ente è troppo lungo (121 caratteri, al massimo 120)"],
    [['esempio'], 'indicare un solo file'],
    [['demo', 'cartella'], 'argomento inatteso'],
  ])('%j is refused: %s', (argv, fragment) => {
    const r = parseArgs(argv as string[]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(fragment);
  });

  test('colonne and ricalcola --colonne', () => {
    expect(parseArgs(['colonne', 'x.xlsx', '--foglio', 'Piano', '--json', '-', '--colonne', 'm.json'])).toEqual({
      ok: true,
      command: { kind: 'colonne', input: 'x.xlsx', sheet: 'Piano', json: '-', columnMapping: 'm.json' },
    });
    expect(parseArgs(['ricalcola', 'x.xlsx', '--colonne=m.json'])).toMatchObject({ ok: true, command: { kind: 'ricalcola', columnMapping: 'm.json' } });
    expect(parseArgs(['colonne', '--help'])).toEqual({ ok: true, command: { kind: 'help' } });
  });

  test('the usage text lists the new command, the option, the roles and the year range', () => {
    expect(USAGE).toContain('colonne <file.xlsx>');
    expect(USAGE).toContain('--colonne <file.json>');
    expect(USAGE).toContain('action.threshold');
    expect(USAGE).toContain('ignore');
    expect(USAGE).toContain('tra 2000 e 2100');
    for (const line of USAGE.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });

  test('help, version, demo default folder', () => {
    expect(parseArgs(['--help'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['aiuto'])).toEqual({ ok: true, command: { kind: 'help' } });
    expect(parseArgs(['--versione'])).toEqual({ ok: true, command: { kind: 'version' } });
    expect(parseArgs(['demo'])).toEqual({ ok: true, command: { kind: 'demo', folder: 'demo-output' } });
    expect(parseArgs(['demo', '--cartella', 'out'])).toEqual({ ok: true, command: { kind: 'demo', folder: 'out' } });
    expect(USAGE).toContain('ricalcola <file.xlsx>');
  });

  test('default output name', () => {
    expect(defaultOutputPath('/a/b/x.xlsx')).toBe('/a/b/x.ricalcolato.xlsx');
    expect(defaultOutputPath('/a/b.c/Cruscotto 2022.XLSX')).toBe('/a/b.c/Cruscotto 2022.ricalcolato.XLSX');
  });
});
