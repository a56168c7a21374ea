/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_FEED_ERROR (mg_feed_error_quark ())

typedef enum {
  MG_FEED_ERROR_EMPTY,
  MG_FEED_ERROR_TOO_LARGE,
  MG_FEED_ERROR_ENCODING,
  MG_FEED_ERROR_TOO_DEEP,
  MG_FEED_ERROR_SYNTAX,
  MG_FEED_ERROR_VERSION,
  MG_FEED_ERROR_INVALID,
} MgFeedError;

/* Limits of feed format version 1. */
#define MG_FEED_MAX_BYTES     (8 * 1024 * 1024)
#define MG_FEED_MAX_DEPTH     32
#define MG_FEED_MAX_STRING    (64 * 1024)
#define MG_FEED_MAX_STATES    64
#define MG_FEED_MAX_PARTIES   200
#define MG_FEED_MAX_SEATS     10000
#define MG_FEED_VERSION       2

GQuark      mg_feed_error_quark    (void);
MgElection *mg_feed_parse          (GBytes             *bytes,
                                    const char * const *languages,
                                    GError            **error);
MgElection *mg_feed_parse_named    (GBytes             *bytes,
                                    const char         *name,
                                    const char         *content_type,
                                    const char * const *languages,
                                    GError            **error);
MgElection *mg_feed_parse_data     (const char         *data,
                                    gsize               length,
                                    const char * const *languages,
                                    GError            **error);

MgElection *mg_feed_parse_tree     (JsonNode           *root,
                                    const char * const *languages,
                                    GError            **error);

G_END_DECLS
