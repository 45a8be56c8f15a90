import { z } from 'zod';

// The shapes the registry answers with, for its OpenAPI document.

export const candidateIdResponse = z.object({ candidateId: z.string() });
export const pathwayIdResponse = z.object({ pathwayId: z.string() });
export const transferResponse = z.object({ candidateId: z.string(), region: z.string() });
export const decisionResponse = z.object({ pathwayId: z.string(), outcome: z.enum(['admissible', 'not-admissible']) });

/** A candidate's names, for a document of their home region (personal data). */
export const candidateIdentityResponse = z.object({ candidateId: z.string(), familyName: z.string(), givenNames: z.array(z.string()) });

/** Personal columns are null once the candidate was erased. */
export const candidateView = z.object({
  candidateId: z.string(),
  region: z.string(),
  familyName: z.string().nullable(),
  givenNames: z.string().nullable(),
  birthDate: z.string().nullable(),
  email: z.string().nullable(),
  registeredOn: z.string(),
  erased: z.boolean(),
  pathways: z.array(
    z.object({
      pathwayId: z.string(),
      titleCode: z.string(),
      pathwayType: z.string(),
      status: z.string(),
      vaeAdmissibility: z.object({ status: z.string(), outcome: z.string().nullable() }),
    }),
  ),
});

export const pendingAdmissibilityList = z.array(
  z.object({ candidateId: z.string(), pathwayId: z.string(), region: z.string(), titleCode: z.string(), requestedOn: z.string() }),
);

