// Terraform configuration awareness (issue 6): the API the CLI and the Action use.
export { annotationsFor, ANNOTATIONS_PER_LEVEL, type Annotation, type AnnotationLevel, type AnnotationOptions } from './annotations.js';
export type { TerraformConfig } from './config.js';
export { movedAdvice, placeMovedBlock, type MovedFix } from './moved-fix.js';
export { attachLocations, locate, planConfigFindings } from './plan-link.js';
export { compareConfigs, readTerraformConfig, readTerraformConfigFromGit, type ConfigInput } from './read.js';
