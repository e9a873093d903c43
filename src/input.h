/* input.h: byte sources for the story readers.
 *
 * A kinput reads one file (or stdin for "-") in 64 KiB chunks and undoes
 * gzip or zstd compression transparently (detected from the magic bytes,
 * not the file name).  Memory use is bounded: the chunk buffers plus, for
 * line reading, at most `max` bytes of the current line.
 *
 *   file/stdin --read()--> raw[] --inflate/zstd/copy--> buf[] --> lines
 *
 * Errors (cannot open, corrupt compressed data, read errors) go to the
 * kdiag sink as "file: message" and end the input as if at end of file. */
#ifndef KH_INPUT_H
#define KH_INPUT_H

#include <stddef.h>
#include "diag.h"
#include "util.h"

typedef struct kinput kinput;

/* Open path ("-" = stdin).  Returns NULL after reporting an error. */
kinput *kinput_open(const char *path, kdiag *d);
void kinput_close(kinput *in);

/* Name used in messages: the path, or "<stdin>". */
const char *kinput_name(const kinput *in);

/* Make at least want bytes (or all that remain) of decompressed data
 * visible without consuming them; *s and *n receive the visible window.
 * Used for format sniffing (want <= 64 KiB). */
void kinput_peek(kinput *in, size_t want, const char **s, size_t *n);

/* Read up to n decompressed bytes into dst.  Returns the count, 0 at end
 * of input (or after an error, which is reported). */
size_t kinput_read(kinput *in, void *dst, size_t n);

/* Read the next line without its "\n" (and a trailing "\r").  At most max
 * bytes are kept: a longer line sets *toolong to its full length and is
 * truncated (the rest is read and thrown away, memory stays bounded).
 * *s is valid until the next call and NUL-terminated.  Returns 1 for a
 * line, 0 at end of input.  kinput_lineno() is the 1-based line number of
 * the line just returned. */
int kinput_getline(kinput *in, const char **s, size_t *n, size_t max, size_t *toolong);
long kinput_lineno(const kinput *in);

/* Non-zero after a read or decompression error. */
int kinput_failed(const kinput *in);

#endif
