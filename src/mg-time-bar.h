/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_TIME_BAR (mg_time_bar_get_type ())

G_DECLARE_FINAL_TYPE (MgTimeBar, mg_time_bar, MG, TIME_BAR, GtkWidget)

GtkWidget  *mg_time_bar_new       (void);
void        mg_time_bar_set_times (MgTimeBar *self,
                                   GPtrArray *times,
                                   int        live,
                                   GTimeZone *zone);
int         mg_time_bar_get_shown (MgTimeBar *self);
int         mg_time_bar_get_live  (MgTimeBar *self);
gboolean    mg_time_bar_step      (MgTimeBar *self,
                                   int        step);
const char *mg_time_bar_get_text  (MgTimeBar *self);
void        mg_time_bar_reset     (MgTimeBar *self);

void        mg_time_bar_set_note  (MgTimeBar  *self,
                                   const char *note);
const char *mg_time_bar_get_note  (MgTimeBar  *self);

void        mg_time_bar_set_playing (MgTimeBar *self,
                                     gboolean   playing);
gboolean    mg_time_bar_get_playing (MgTimeBar *self);

G_END_DECLS
