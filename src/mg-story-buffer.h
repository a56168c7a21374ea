/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "mg-types.h"

G_BEGIN_DECLS

void        mg_story_buffer_add_tags       (GtkTextBuffer     *buffer);
void        mg_story_buffer_show_article   (GtkTextBuffer     *buffer,
                                            MgArticle         *article,
                                            const char        *state_name,
                                            GTimeZone         *zone);
void        mg_story_buffer_show_message   (GtkTextBuffer     *buffer,
                                            const char        *message);
void        mg_story_buffer_set_link_color (GtkTextBuffer     *buffer,
                                            const GdkRGBA     *color);
const char *mg_story_buffer_get_link_at    (const GtkTextIter *iter);

G_END_DECLS
