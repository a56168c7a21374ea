/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum {
  MG_ALIGN_START,
  MG_ALIGN_END,
} MgAlign;

gsize  mg_text_display_width (const char *text);
void   mg_text_append_padded (GString    *out,
                              const char *text,
                              gsize       width,
                              MgAlign     align);
char  *mg_text_format_count  (guint64    n);
char  *mg_text_format_change (gboolean   known,
                              int        change);
char  *mg_text_fold_for_search (const char *text);
const char * const *mg_text_get_interface_languages (void);

G_END_DECLS
