/* SPDX-License-Identifier: GPL-3.0-or-later */
/* For the tests and mg-feed-source.c only: what the tests set and read
 * that the application never does. */
#pragma once

#include "mg-feed-source.h"

G_BEGIN_DECLS

void  mg_feed_source_set_timeout    (MgFeedSource *self,
                                     guint         seconds);
guint mg_feed_source_get_next_delay (MgFeedSource *self);
guint mg_feed_source_get_n_parses   (MgFeedSource *self);

G_END_DECLS
