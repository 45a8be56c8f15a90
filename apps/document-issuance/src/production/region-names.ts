/** The regions' names as printed on documents; a region not listed prints its code. */
const REGION_NAMES: Readonly<Record<string, string>> = {
  idf: 'Île-de-France',
  bre: 'Bretagne',
  ara: 'Auvergne-Rhône-Alpes',
  bfc: 'Bourgogne-Franche-Comté',
  cvl: 'Centre-Val de Loire',
  ges: 'Grand Est',
  hdf: 'Hauts-de-France',
  nor: 'Normandie',
  naq: 'Nouvelle-Aquitaine',
  occ: 'Occitanie',
  pdl: 'Pays de la Loire',
  pac: "Provence-Alpes-Côte d'Azur",
  cor: 'Corse',
};

export const regionRef = (code: string): { readonly code: string; readonly name: string } => ({ code, name: REGION_NAMES[code] ?? code });
