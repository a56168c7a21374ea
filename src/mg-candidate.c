/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-candidate"

#include "config.h"

#include "mg-candidate.h"

/* A candidate in one constituency: a name, a party of the state (by id)
 * and the votes counted. Immutable: an update replaces the candidates of a
 * constituency whole. */
struct _MgCandidate
{
  GObject  parent_instance;

  char    *name;
  char    *party_id;
  guint64  votes;
  gint64   postal;
};

G_DEFINE_FINAL_TYPE (MgCandidate, mg_candidate, G_TYPE_OBJECT)

static void
mg_candidate_finalize (GObject *object)
{
  MgCandidate *self = MG_CANDIDATE (object);

  g_free (self->name);
  g_free (self->party_id);

  G_OBJECT_CLASS (mg_candidate_parent_class)->finalize (object);
}

static void
mg_candidate_class_init (MgCandidateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = mg_candidate_finalize;
}

static void
mg_candidate_init (MgCandidate *self)
{
  self->postal = -1;
}

/**
 * mg_candidate_new:
 * @postal: the postal votes among @votes, or -1 when not given
 *
 * Returns: (transfer full): a candidate
 */
MgCandidate *
mg_candidate_new (const char *name,
                  const char *party_id,
                  guint64     votes,
                  gint64      postal)
{
  MgCandidate *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (party_id != NULL, NULL);

  self = g_object_new (MG_TYPE_CANDIDATE, NULL);
  self->name = g_strdup (name);
  self->party_id = g_strdup (party_id);
  self->votes = votes;
  self->postal = postal;
  return self;
}

const char *
mg_candidate_get_name (MgCandidate *self)
{
  g_return_val_if_fail (MG_IS_CANDIDATE (self), NULL);
  return self->name;
}

/* The id of the candidate's party, a party of the same state. */
const char *
mg_candidate_get_party_id (MgCandidate *self)
{
  g_return_val_if_fail (MG_IS_CANDIDATE (self), NULL);
  return self->party_id;
}

guint64
mg_candidate_get_votes (MgCandidate *self)
{
  g_return_val_if_fail (MG_IS_CANDIDATE (self), 0);
  return self->votes;
}

/* Postal votes (part of the votes), or -1 when the feed does not say. */
gint64
mg_candidate_get_postal (MgCandidate *self)
{
  g_return_val_if_fail (MG_IS_CANDIDATE (self), -1);
  return self->postal;
}
