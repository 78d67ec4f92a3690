export { ERROR_CODES, type ErrorCode } from './catalogue.js';
export { EXIT, exitCodeFor } from './exit-codes.js';
export { httpStatusFor } from './http-statuses.js';
export {
  describeLocation,
  formatIssue,
  type Issue,
  issue,
  type RecordLocation,
  type Result,
  StorytraceError,
} from './storytrace-error.js';
