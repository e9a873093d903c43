/* model.h: the binary container of trained model files (tagger, parser).
 *
 *   offset  size  field
 *   0       8     magic "KHMODEL\0"
 *   8       4     format version, little-endian (per kind, below)
 *   12      4     kind (KMODEL_TAGGER, KMODEL_PARSER, KMODEL_CLUSTERS)
 *   16      8     payload length in bytes
 *   24      4     CRC-32 (zlib) of the payload
 *   28      len   payload: little-endian fields written by kmw_* and read
 *                 back by kmr_*, every read bounds-checked
 *
 * A file that is truncated, has trailing bytes, another version or kind, or a
 * bad checksum is refused with a message naming the file and the problem. */
#ifndef KH_MODEL_H
#define KH_MODEL_H

#include "util.h"
#include "diag.h"

#include <stddef.h>
#include <stdint.h>

/* Format versions.  A file is written in the lowest version that holds what
 * it carries, so models without the newer parts stay byte for byte what they
 * were; every version from KMODEL_MINVERSION up is read.  What a version adds
 * depends on the kind:
 *   2  no word-cluster sections (read only)
 *   3  word-cluster section (KMODEL_BASEVERSION: every file without the below)
 *   4  tagger: WordNet lexicon; parser: beam width
 *   5  tagger: fixed tags of frequent forms and an XPOS beam width (and a flag
 *      for the lexicon); parser: optional feature-set bits
 *   6  parser: beam decoding margin (tagger files stop at 5) */
#define KMODEL_VERSION 6       /* newest read */
#define KMODEL_BASEVERSION 3
#define KMODEL_MINVERSION 2
#define KMODEL_V_TAGGER_WORDNET 4
#define KMODEL_V_TAGGER_FIXED 5
#define KMODEL_V_PARSER_BEAM 4
#define KMODEL_V_PARSER_FEATS 5
#define KMODEL_V_PARSER_MARGIN 6
#define KMODEL_V_TAGGER_MAX 5     /* newest tagger format */
enum { KMODEL_TAGGER = 1, KMODEL_PARSER = 2, KMODEL_CLUSTERS = 3 };

/* Writer: append fields to a kbuf payload. */
void kmw_u8(kbuf *b, unsigned v);
void kmw_u16(kbuf *b, unsigned v);
void kmw_u32(kbuf *b, uint32_t v);
void kmw_u64(kbuf *b, uint64_t v);
void kmw_f32(kbuf *b, float v);
void kmw_str(kbuf *b, const char *s);      /* u16 length + bytes */

/* Write header + payload to path atomically (path.tmp then rename).
 * Returns 0, or -1 with the reason reported through d. */
int kmodel_save(const char *path, int kind, const kbuf *payload, kdiag *d);
/* The same with an explicit format version (KMODEL_BASEVERSION..KMODEL_VERSION). */
int kmodel_save_version(const char *path, int kind, uint32_t version, const kbuf *payload, kdiag *d);

/* Reader over a loaded payload.  After any out-of-bounds read err is set,
 * the read returns 0 and all later reads fail too. */
typedef struct kmr {
    const unsigned char *p;
    size_t len, pos;
    int err;               /* 0 ok; 1 ran past the end; 2 bad value (kmr_fail) */
    const char *what;      /* the field that failed */
} kmr;

unsigned kmr_u8(kmr *r);
unsigned kmr_u16(kmr *r);
uint32_t kmr_u32(kmr *r);
uint64_t kmr_u64(kmr *r);
float kmr_f32(kmr *r);
/* Copy a string of at most max-1 bytes into out (NUL-terminated); longer
 * strings or embedded NULs fail. */
void kmr_str(kmr *r, char *out, size_t max);
/* Take a pointer to n raw bytes; NULL on failure. */
const unsigned char *kmr_bytes(kmr *r, size_t n);
/* Mark the reader failed because a value is out of range. */
void kmr_fail(kmr *r, const char *what);

/* Load path, check magic, version (KMODEL_MINVERSION..KMODEL_VERSION), kind,
 * length and CRC.  On success returns a malloc'ed payload (caller frees)
 * with its size in *len and the file's version in *version (may be NULL);
 * on failure returns NULL with the reason reported through d. */
unsigned char *kmodel_load(const char *path, int kind, size_t *len, uint32_t *version, kdiag *d);

#endif
