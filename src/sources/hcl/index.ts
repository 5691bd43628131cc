// Terraform configuration awareness: the API the CLI and the Action use.
export type { TerraformConfig } from './config.js';
export { attachLocations, locate, planConfigFindings } from './plan-link.js';
export { readTerraformConfig, readTerraformConfigFromGit, type ConfigInput } from './read.js';
