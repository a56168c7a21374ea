/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the tests and mg-reader.c only: what the tests drive and read that
 * the window never does (it goes through the reader's own buttons). */
#pragma once

#include "mg-reader.h"

G_BEGIN_DECLS

void        mg_reader_set_only_state (MgReader   *self,
                                      gboolean    only_state);
const char *mg_reader_get_article_id (MgReader   *self);
guint       mg_reader_get_n_listed   (MgReader   *self);
guint       mg_reader_get_n_new      (MgReader   *self);
char       *mg_reader_dup_text       (MgReader   *self);
double      mg_reader_get_zoom       (MgReader   *self);
guint       mg_reader_find           (MgReader   *self,
                                      const char *text);
void        mg_reader_show_new       (MgReader   *self);

G_END_DECLS
