import { findTitle, titleVersions } from '@titrepro/domain-referential';
import { titleView, titleViewOf } from './title-views';

describe('titleViewOf', () => {
  it('shows every CCP of TSGERI with its compétences verbatim and their stable codes', () => {
    const view = titleViewOf(titleVersions('TP-00495'));
    const ccp1 = view?.versions[0]?.ccps[0];
    expect(ccp1?.code).toBe('CCP1');
    expect(ccp1?.competences[0]).toEqual({ code: 'CCP1-C1', label: 'Installer et configurer un poste de travail.' });
    expect(view?.versions[0]?.ccps.flatMap((ccp) => ccp.competences)).toHaveLength(16);
    expect(titleView.safeParse(view).success).toBe(true);
  });

  it("shows ADVF's CCS with its compétences, in the version that holds it", () => {
    const view = titleViewOf(titleVersions('TP-00366'));
    const ccs = findTitle('TP-00366')?.ccss[0];
    expect(view?.versions.map((version) => version.version)).toEqual([1]);
    expect(view?.versions[0]?.ccss).toEqual([{ code: 'CCS1', label: ccs?.label, competences: ccs?.competences.map((label, index) => ({ code: `CCS1-C${index + 1}`, label })) }]);
  });

  it("words TSGERI's level and authority as each regime did: niveau III and the DIRECCTE in 2015, niveau 5 and the DREETS today, the DSPP then the dossier professionnel", () => {
    const regimes = titleViewOf(titleVersions('TP-00495'))?.versions[0]?.regimes ?? [];
    const seed = regimes.find((regime) => regime.rulebookId === 'seed-2009');
    const today = regimes.at(-1);
    expect(seed).toMatchObject({ from: '2009-03-20', to: '2016-05-31', level: { fr: 'niveau III' }, authority: { short: 'DIRECCTE' }, practiceDossier: { fr: 'DSPP' } });
    expect(regimes.find((regime) => regime.rulebookId === 'cnc-2019')).toMatchObject({ level: { fr: 'niveau 5', en: 'level 5' }, authority: { short: 'DIRECCTE' } });
    expect(today).toMatchObject({ rulebookId: 'vae-jury-2024', to: null, level: { fr: 'niveau 5' }, authority: { short: 'DREETS' }, practiceDossier: { fr: 'dossier professionnel (DP)' } });
  });

  it("words ADVF, stated in the national framework's level 3, as niveau 3 under every regime it was in force in (from 2023)", () => {
    const regimes = titleViewOf(titleVersions('TP-00366'))?.versions[0]?.regimes ?? [];
    expect(regimes.map((regime) => regime.rulebookId)).toEqual(['tp-2022', 'vae-2024', 'vae-jury-2024']);
    expect(regimes.map((regime) => regime.level.fr)).toEqual(['niveau 3', 'niveau 3', 'niveau 3']);
  });

  it('answers undefined for a title without versions (an unknown code)', () => {
    expect(titleViewOf([])).toBeUndefined();
  });
});
