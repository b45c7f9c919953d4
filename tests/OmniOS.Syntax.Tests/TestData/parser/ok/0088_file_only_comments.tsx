// A file with only comments.
/*
 * Block comment.
 */
/** @jsx h */
// Last line without a newline
// no trailing newline