import { codedCompetences } from './competence-codes';
import { findTitle, listTitles, titleValidAt } from './titles';

describe('the shipped referential', () => {
  it('lists TSGERI, TP-00495, level III, NSF 326 u, ROME M1801 and M1810', () => {
    const titles = listTitles();
    expect(titles.map((title) => title.code)).toEqual(['TP-00366', 'TP-00495']);
    expect(titles[1]).toMatchObject({
      code: 'TP-00495',
      acronym: 'TSGERI',
      label: 'TECHNICIEN(NE) SUPÉRIEUR(E) GESTIONNAIRE EXPLOITANT(E) DE RESSOURCES INFORMATIQUES',
      level: 'III',
      nsf: '326 u',
      version: 1,
      validFrom: '2003-12-09',
      validTo: null,
      ccss: [],
    });
    expect(titles[1]?.rome.map((job) => job.code)).toEqual(['M1801', 'M1810']);
  });

  it('holds the three CCPs of TSGERI with their 16 compétences verbatim from the référentiel', () => {
    const tsgeri = findTitle('TP-00495');
    expect(tsgeri?.ccps).toEqual([
      {
        code: 'CCP1',
        label: 'EXPLOITER ET ADMINISTRER LES POSTES DE TRAVAIL, LES SERVEURS ET LES RESEAUX',
        competences: [
          'Installer et configurer un poste de travail.',
          'Installer et configurer un serveur.',
          'Exploiter et gérer le réseau local.',
          'Exploiter et gérer les infrastructures de télécommunications.',
          'Assister, conseiller et former les utilisateurs.',
          "Utiliser l'anglais dans son activité professionnelle en informatique.",
        ],
      },
      {
        code: 'CCP2',
        label: 'EXPLOITER ET ADMINISTRER LES SERVICES FOURNIS PAR LA PRODUCTION INFORMATIQUE',
        competences: [
          'Mettre en œuvre et exploiter les applications collaboratives.',
          'Mettre en œuvre et exploiter une base de données et manipuler les données.',
          'Mettre en œuvre et exploiter une application métier.',
          "Mettre en œuvre la protection du système d'information.",
          'Administrer et maintenir en conditions opérationnelles les services fournis par la production informatique.',
        ],
      },
      {
        code: 'CCP3',
        label: "PROPOSER ET INTEGRER DES SOLUTIONS POUR L'EVOLUTION DU SYSTEME INFORMATIQUE",
        competences: [
          'Gérer un projet simple en informatique.',
          'Evaluer et proposer une ressource informatique répondant à des besoins nouveaux.',
          "Réaliser l'intégration d'une ressource informatique.",
          'Participer à l\'amélioration de la qualité de service et contribuer à la continuité informatique.',
          "Assurer la veille technologique en prenant en compte l'environnement métier.",
        ],
      },
    ]);
    expect(tsgeri?.ccps.flatMap((ccp) => ccp.competences)).toHaveLength(16);
  });

  it('answers undefined for an unknown title code', () => {
    expect(findTitle('TP-99999')).toBeUndefined();
    expect(titleValidAt('TP-99999', '2024-01-01')).toBeUndefined();
  });

  it('knows TSGERI as valid from its arrêté of 9 December 2003, not the day before', () => {
    expect(titleValidAt('TP-00495', '2003-12-08')).toBeUndefined();
    expect(titleValidAt('TP-00495', '2003-12-09')?.version).toBe(1);
    expect(titleValidAt('TP-00495', '2024-06-01')?.version).toBe(1);
  });

  it('holds ADVF (TP-00366) with three CCPs and the CCS « accompagner la personne en situation de handicap vivant à domicile »', () => {
    const advf = findTitle('TP-00366');
    expect(advf).toMatchObject({ acronym: 'ADVF', level: '3', nsf: '330 t', version: 1, validTo: null });
    expect(advf?.ccps.map((ccp) => ccp.code)).toEqual(['CCP1', 'CCP2', 'CCP3']);
    expect(advf?.ccss).toEqual([
      expect.objectContaining({
        code: 'CCS1',
        label: 'ACCOMPAGNER LA PERSONNE EN SITUATION DE HANDICAP VIVANT À DOMICILE',
        competences: expect.arrayContaining(['Prendre en compte la personne en situation de handicap dans son cadre de vie et en lien avec son entourage.']),
      }),
    ]);
    expect(titleValidAt('TP-00366', '2026-12-07')?.version).toBe(1);
    expect(titleValidAt('TP-00366', '2023-06-30')).toBeUndefined();
  });
});

describe('codedCompetences', () => {
  it('codes each compétence by its certificate and its rank in the référentiel, keeping the verbatim label', () => {
    const ccp2 = findTitle('TP-00495')?.ccps[1];
    if (!ccp2) throw new Error('TSGERI has a CCP2');
    const coded = codedCompetences(ccp2);
    expect(coded.map((competence) => competence.code)).toEqual(['CCP2-C1', 'CCP2-C2', 'CCP2-C3', 'CCP2-C4', 'CCP2-C5']);
    expect(coded[2]).toEqual({ code: 'CCP2-C3', label: 'Mettre en œuvre et exploiter une application métier.' });
  });

  it('gives every compétence of a title a code of its own', () => {
    for (const title of listTitles()) {
      const codes = [...title.ccps, ...title.ccss].flatMap((certificate) => codedCompetences(certificate).map((competence) => competence.code));
      expect(new Set(codes).size).toBe(codes.length);
    }
  });
});
