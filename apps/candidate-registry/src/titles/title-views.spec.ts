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

  it('answers undefined for a title without versions (an unknown code)', () => {
    expect(titleViewOf([])).toBeUndefined();
  });
});
