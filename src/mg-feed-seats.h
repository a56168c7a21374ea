/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "mg-feed-reader.h"
#include "mg-types.h"

G_BEGIN_DECLS

/* Limits of feed version 2, beyond version 1's. */
#define MG_FEED_MAX_CONSTITUENCIES  1000
#define MG_FEED_MAX_CANDIDATES      300
#define MG_FEED_MAX_DOC_CANDIDATES  100000
#define MG_FEED_MAX_VOTES           1000000000

/* For the parser only: a state's "constituencies" (feed version 2). */
gboolean mg_feed_parse_constituencies (MgFeedReader  *reader,
                                       JsonObject    *object,
                                       MgStateResult *state,
                                       GHashTable    *party_ids,
                                       guint64       *n_candidates);
gboolean mg_feed_check_seat_counts    (MgFeedReader  *reader,
                                       MgStateResult *state,
                                       const guint8  *given,
                                       guint          n_given);

/* Which counts a party entry gave, for mg_feed_check_seat_counts(). */
#define MG_FEED_GAVE_WON      (1 << 0)
#define MG_FEED_GAVE_LEADING  (1 << 1)
#define MG_FEED_GAVE_VOTES    (1 << 2)

G_END_DECLS
