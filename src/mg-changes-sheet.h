/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "mg-types.h"

G_BEGIN_DECLS

/* What changed in a state since the last election, on pages of one size:
 * laid out once (paginating), then drawn page by page. */
typedef struct _MgChangesSheet MgChangesSheet;

MgChangesSheet *mg_changes_sheet_new         (MgStateResult  *state,
                                              cairo_t        *cr,
                                              double          width,
                                              double          height);
void            mg_changes_sheet_free        (MgChangesSheet *self);
guint           mg_changes_sheet_get_n_pages (MgChangesSheet *self);
void            mg_changes_sheet_draw_page   (MgChangesSheet *self,
                                              cairo_t        *cr,
                                              guint           page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MgChangesSheet, mg_changes_sheet_free)

G_END_DECLS
