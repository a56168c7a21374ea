/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_READER (mg_reader_get_type ())

G_DECLARE_FINAL_TYPE (MgReader, mg_reader, MG, READER, GtkWidget)

#define MG_READER_MIN_ZOOM 0.5
#define MG_READER_MAX_ZOOM 3.0

GtkWidget   *mg_reader_new              (void);
void         mg_reader_set_election     (MgReader   *self,
                                         MgElection *election);
void         mg_reader_set_state_id     (MgReader   *self,
                                         const char *state_id);
void         mg_reader_set_only_state   (MgReader   *self,
                                         gboolean    only_state);
const char  *mg_reader_get_article_id   (MgReader   *self);
guint        mg_reader_get_n_listed     (MgReader   *self);
guint        mg_reader_get_n_new        (MgReader   *self);
char        *mg_reader_dup_text         (MgReader   *self);
GtkTextView *mg_reader_get_view         (MgReader   *self);
double       mg_reader_get_zoom         (MgReader   *self);
void         mg_reader_set_zoom         (MgReader   *self,
                                         double      zoom);
void         mg_reader_zoom_in          (MgReader   *self);
void         mg_reader_zoom_out         (MgReader   *self);
void         mg_reader_start_search     (MgReader   *self);
guint        mg_reader_find             (MgReader   *self,
                                         const char *text);
void         mg_reader_show_new         (MgReader   *self);

G_END_DECLS
