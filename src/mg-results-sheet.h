/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

/* A state's results by seat, a table on pages of one size: laid out once
 * (paginating), then drawn page by page. */
typedef struct _MgResultsSheet MgResultsSheet;

MgResultsSheet *mg_results_sheet_new         (MgStateResult  *state,
                                              cairo_t        *cr,
                                              double          width,
                                              double          height);
void            mg_results_sheet_free        (MgResultsSheet *self);
guint           mg_results_sheet_get_n_pages (MgResultsSheet *self);
void            mg_results_sheet_draw_page   (MgResultsSheet *self,
                                              cairo_t        *cr,
                                              guint           page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgResultsSheet, mg_results_sheet_free)

G_END_DECLS
