/** The three ways to a title: parcours continu de formation, VAE, parcours discontinu de formation. */
export const PATHWAY_TYPES = ['continuous-training', 'vae', 'discontinuous-training'] as const;

export type PathwayType = (typeof PATHWAY_TYPES)[number];

export const isPathwayType = (value: unknown): value is PathwayType => (PATHWAY_TYPES as readonly unknown[]).includes(value);

/** How people name each pathway, for explanations. */
export const PATHWAY_TYPE_LABELS: { readonly [Type in PathwayType]: { readonly fr: string; readonly en: string } } = {
  'continuous-training': { fr: 'parcours continu de formation', en: 'continuous training pathway' },
  vae: { fr: 'VAE', en: 'VAE' },
  'discontinuous-training': { fr: 'parcours discontinu de formation', en: 'discontinuous training pathway' },
};
