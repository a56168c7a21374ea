/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "mg-types.h"

G_BEGIN_DECLS

#define MG_TYPE_CANDIDATE (mg_candidate_get_type ())

G_DECLARE_FINAL_TYPE (MgCandidate, mg_candidate, MG, CANDIDATE, GObject)

MgCandidate *mg_candidate_new           (const char  *name,
                                         const char  *party_id,
                                         guint64      votes,
                                         gint64       postal);
const char  *mg_candidate_get_name      (MgCandidate *self);
const char  *mg_candidate_get_party_id  (MgCandidate *self);
guint64      mg_candidate_get_votes     (MgCandidate *self);
gint64       mg_candidate_get_postal    (MgCandidate *self);

G_END_DECLS
