/**
 * The journey's launcher and the cohort's drivers, as the load uses them. They are tools of the
 * workspace, not libs: no alias reaches them, hence the one relative import, here.
 */
/* eslint-disable @nx/enforce-module-boundaries */
export { startRegions, workspaceRoot, type RunningRegions } from '../../tools/journey/launch';
export { Journey, PATHWAY_DRIVERS } from '../../tools/journey/cohort';
