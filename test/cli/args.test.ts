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
    [['ricalcola', 'a.xlsx', '--anno', '20x2'], 'non è valido'],
    [['ricalcola', 'a.xlsx', '--anno', '1850'], 'non è plausibile'],
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
