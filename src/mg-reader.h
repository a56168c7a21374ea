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
GtkTextView *mg_reader_get_view         (MgReader   *self);
void         mg_reader_set_zoom         (MgReader   *self,
                                         double      zoom);
void         mg_reader_zoom_in          (MgReader   *self);
void         mg_reader_zoom_out         (MgReader   *self);
void         mg_reader_start_search     (MgReader   *self);

void      mg_reader_set_local_time (MgReader   *self,
                                    gboolean    local_time);

G_END_DECLS
