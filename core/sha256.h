/* sha256: FIPS 180-4 SHA-256, for pre-image hashes of files a fix will touch
 * and for cache keys. sha256_hex writes 64 hex digits + NUL into out[65]. */
#ifndef DRISO_SHA256_H
#define DRISO_SHA256_H

#include <stddef.h>
#include <stdint.h>

struct sha256_ctx {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t buf_len;
};

void sha256_init(struct sha256_ctx *c);
void sha256_update(struct sha256_ctx *c, const void *data, size_t n);
void sha256_final(struct sha256_ctx *c, unsigned char out[32]);
void sha256_hex(const void *data, size_t n, char out[65]);
/* Hash of a file's raw bytes; -1 when it cannot be read. */
int sha256_file_hex(const char *path, char out[65]);

#endif
