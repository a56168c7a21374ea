/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_CANDIDATE_ROW (mg_candidate_row_get_type ())

G_DECLARE_FINAL_TYPE (MgCandidateRow, mg_candidate_row, MG, CANDIDATE_ROW, GtkWidget)

GtkWidget  *mg_candidate_row_new      (const char     *name,
                                       const char     *party,
                                       const char     *votes,
                                       gboolean        leader,
                                       double          share,
                                       guint32         rgb);
void        mg_candidate_row_set      (MgCandidateRow *self,
                                       const char     *name,
                                       const char     *party,
                                       const char     *votes,
                                       gboolean        leader,
                                       double          share,
                                       guint32         rgb);
const char *mg_candidate_row_get_text (MgCandidateRow *self,
                                       guint           index);

G_END_DECLS
