/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The checks on a feed's raw bytes that come before json-glib parses it;
 * the feed parser's first step. */

gboolean mg_feed_prescan (const char  *data,
                          gsize        length,
                          gboolean    *long_strings,
                          GError     **error);

G_END_DECLS
