/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "mg-types.h"

G_BEGIN_DECLS

/* What the seat summary's pages share with the pages drawn beside them
 * (the results sheet): text in the printed page's fonts. */
PangoLayout *mg_summary_render_layout (cairo_t    *cr,
                                       const char *text,
                                       double      size,
                                       gboolean    bold,
                                       double      width);

double       mg_summary_render_text_height (cairo_t    *cr,
                                           const char *text,
                                           double      size,
                                           gboolean    bold,
                                           double      width);
double       mg_summary_render_text_width  (cairo_t    *cr,
                                           const char *text,
                                           double      size,
                                           gboolean    bold);

PangoContext *mg_summary_render_chart_context (cairo_t       *cr);
cairo_status_t mg_summary_render_append_to_bytes (void                *closure,
                                                  const unsigned char *data,
                                                  unsigned int         length);
char         *mg_summary_render_dup_meta      (MgElection    *election,
                                               MgStateResult *state);

G_END_DECLS
