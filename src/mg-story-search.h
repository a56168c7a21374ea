/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MG_TYPE_STORY_SEARCH (mg_story_search_get_type ())

G_DECLARE_FINAL_TYPE (MgStorySearch, mg_story_search, MG, STORY_SEARCH, GObject)

typedef struct {
  int start;  /* character offsets in the buffer */
  int end;
} MgStoryMatch;

GArray        *mg_story_search_find_all      (GtkTextBuffer *buffer,
                                              const char    *needle);

MgStorySearch *mg_story_search_new           (GtkTextView   *view);
guint          mg_story_search_run           (MgStorySearch *self,
                                              const char    *needle);
void           mg_story_search_next          (MgStorySearch *self);
void           mg_story_search_previous      (MgStorySearch *self);
void           mg_story_search_clear         (MgStorySearch *self);
guint          mg_story_search_get_n_matches (MgStorySearch *self);
char          *mg_story_search_dup_status    (MgStorySearch *self);

G_END_DECLS
