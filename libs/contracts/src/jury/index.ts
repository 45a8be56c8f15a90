import { CapitalisationWindowClosedV1 } from './capitalisation-window-closed.v1';
import { CcpAwardedV1 } from './ccp-awarded.v1';
import { CcsAwardedV1 } from './ccs-awarded.v1';
import { DecisionRectifiedV1 } from './decision-rectified.v1';
import { MinutesSealedV1 } from './minutes-sealed.v1';
import { TitleAwardedV1 } from './title-awarded.v1';
import { TitleNotAwardedV1 } from './title-not-awarded.v1';

export { CapitalisationWindowClosedV1, CcpAwardedV1, CcsAwardedV1, DecisionRectifiedV1, MinutesSealedV1, TitleAwardedV1, TitleNotAwardedV1 };

/** Every integration event the jury service publishes, all versions still in use. */
export const JURY_CONTRACTS = [
  TitleAwardedV1,
  CcpAwardedV1,
  CcsAwardedV1,
  TitleNotAwardedV1,
  MinutesSealedV1,
  DecisionRectifiedV1,
  CapitalisationWindowClosedV1,
] as const;
