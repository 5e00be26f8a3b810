/** Types for check-node.mjs, so a test can compare the version it demands with the tools'. */
export declare const DIST_NODE: string;
