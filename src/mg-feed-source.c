/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-feed-source"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-election.h"
#include "mg-feed-cache.h"
#include "mg-feed-loader.h"
#include "mg-feed-parser.h"
#include "mg-feed-source-private.h"
#include "mg-history.h"
#include "mg-http.h"

/* Where the results come from. An http(s) feed is polled on an interval
 * with conditional requests, backs off when it fails, honours Retry-After,
 * and its last good answer is kept in the cache and shown at once on the
 * next start. A file or resource is read once (and again on refresh).
 * Only a feed that parses whole is passed on — and cached. A folder of
 * snapshot files is a recorded count: read once (and again on refresh) as
 * a read-only history, its last snapshot passed on as the latest, and
 * nothing written for it, neither cache nor history. */
struct _MgFeedSource
{
  GObject       parent_instance;

  GObject      *session;      /* NULL: the application's */
  char         *uri;
  gboolean      remote;
  guint         interval;
  guint         timeout;
  guint         poll_id;
  guint         next_delay;
  GCancellable *cancellable;
  gboolean      loading;
  gboolean      stale;
  GError       *error;
  char         *etag;
  char         *last_modified;
  GDateTime    *data_time;
  guint         failures;
  guint         n_parses;
  guint64       history_limit;
  MgHistory    *history;      /* opened at the first snapshot; a folder's once read */
};

G_DEFINE_FINAL_TYPE (MgFeedSource, mg_feed_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_URI,
  PROP_INTERVAL,
  PROP_LOADING,
  PROP_STALE,
  PROP_ERROR,
  PROP_DATA_TIME,
  N_PROPS
};

enum {
  UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void fetch_now (MgFeedSource *self);

static void
set_loading (MgFeedSource *self,
             gboolean      loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
set_stale (MgFeedSource *self,
           gboolean      stale)
{
  if (self->stale == stale)
    return;
  self->stale = stale;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE]);
}

static void
set_error (MgFeedSource *self,
           GError       *error)
{
  if (self->error == NULL && error == NULL)
    return;
  g_clear_error (&self->error);
  self->error = error != NULL ? g_error_copy (error) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
set_data_time (MgFeedSource *self,
               GDateTime    *time)
{
  g_clear_pointer (&self->data_time, g_date_time_unref);
  self->data_time = time != NULL ? g_date_time_ref (time) : NULL;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATA_TIME]);
}

static gboolean
on_poll (gpointer user_data)
{
  MgFeedSource *self = user_data;

  self->poll_id = 0;
  fetch_now (self);
  return G_SOURCE_REMOVE;
}

/* After a success, the interval; after failures, exponential backoff with
 * jitter up to five minutes, or what the server asked for. */
static void
schedule (MgFeedSource *self,
          gint64        retry_after)
{
  guint delay;

  g_clear_handle_id (&self->poll_id, g_source_remove);
  if (!self->remote)
    return;

  if (retry_after >= 0)
    {
      delay = (guint) CLAMP (retry_after, 1, 3600);
    }
  else if (self->failures == 0)
    {
      delay = self->interval;
    }
  else
    {
      double backoff = MIN ((double) MG_FEED_MAX_BACKOFF,
                            self->interval * (double) (1u << MIN (self->failures, 10u)));

      delay = (guint) CLAMP (backoff * g_random_double_range (0.8, 1.2), 1, MG_FEED_MAX_BACKOFF);
    }

  self->next_delay = delay;
  self->poll_id = g_timeout_add_seconds (delay, on_poll, self);
}

/* Every distinct snapshot of a remote feed goes into its history, the
 * user's record of the count; a failure to store one is a warning and
 * never stops the live view. */
static void
record_snapshot (MgFeedSource *self,
                 GBytes       *body,
                 GDateTime    *fetched)
{
  g_autoptr (GError) error = NULL;

  if (self->history_limit == 0)
    return;
  if (self->history == NULL)
    self->history = mg_history_open (self->uri, self->history_limit);
  if (!mg_history_add (self->history, body, fetched, NULL, &error))
    g_warning ("Could not keep the snapshot in the history: %s", error->message);
}

/* Parses @body (@name and @content_type, when known, may say it is a
 * results CSV); on success keeps it in the history when @fetched is set
 * (a new answer of a remote feed), so that listeners find it there, then
 * passes it on and returns TRUE. */
static gboolean
accept_body (MgFeedSource  *self,
             GBytes        *body,
             const char    *name,
             const char    *content_type,
             GDateTime     *fetched,
             GError       **error)
{
  g_autoptr (MgElection) election = NULL;

  self->n_parses++;
  election = mg_feed_parse_named (body, name, content_type, NULL, error);
  if (election == NULL)
    return FALSE;
  if (fetched != NULL)
    record_snapshot (self, body, fetched);
  g_signal_emit (self, signals[UPDATED], 0, election);
  return TRUE;
}

static void
fail (MgFeedSource *self,
      GError       *error,
      gint64        retry_after)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", self->uri, error->message);

  g_debug ("%s", message);
  self->failures++;
  set_stale (self, self->data_time != NULL);
  set_error (self, error);
  set_loading (self, FALSE);
  schedule (self, retry_after);
}

static void
succeed (MgFeedSource *self,
         GDateTime    *when)
{
  self->failures = 0;
  set_error (self, NULL);
  set_stale (self, FALSE);
  set_data_time (self, when);
  set_loading (self, FALSE);
  schedule (self, -1);
}

static void
on_fetched (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  MgFeedSource *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (MgHttpResult) answer = NULL;
  g_autoptr (GDateTime) now = NULL;
  MgHttpFailure failure;

  answer = mg_http_fetch_finish (result, &failure, &error);
  /* Cancelled by a new URI or a refresh: a newer fetch takes over. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (self);
      return;
    }
  if (answer == NULL)
    {
      fail (self, error, failure.retry_after);
      g_object_unref (self);
      return;
    }

  now = g_date_time_new_now_utc ();
  if (answer->status == 304)     /* Not Modified */
    {
      /* Unchanged: no parse, no redraw. */
      g_autoptr (GError) cache_error = NULL;

      if (!mg_feed_cache_touch (self->uri, now, &cache_error) && cache_error != NULL)
        g_debug ("%s", cache_error->message);
      succeed (self, now);
      g_object_unref (self);
      return;
    }

  if (!accept_body (self, answer->body, self->uri, answer->content_type, now, &error))
    {
      fail (self, error, -1);
      g_object_unref (self);
      return;
    }

  g_free (self->etag);
  self->etag = g_strdup (answer->etag);
  g_free (self->last_modified);
  self->last_modified = g_strdup (answer->last_modified);
  {
    g_autoptr (GError) cache_error = NULL;

    if (!mg_feed_cache_save (self->uri, answer->body, answer->etag, answer->last_modified, now,
                             &cache_error))
      g_warning ("Could not keep the feed in the cache: %s", cache_error->message);
  }
  succeed (self, now);
  g_object_unref (self);
}

/* What a local feed reads as: its bytes, and for a folder of snapshot
 * files the folder's history too, its last snapshot the bytes. */
typedef struct {
  GBytes    *body;
  MgHistory *folder;
} LocalFeed;

static void
local_feed_free (LocalFeed *feed)
{
  g_clear_pointer (&feed->body, g_bytes_unref);
  g_clear_pointer (&feed->folder, mg_history_free);
  g_free (feed);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LocalFeed, local_feed_free)

static void
read_local_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr (LocalFeed) feed = g_new0 (LocalFeed, 1);
  g_autofree char *path = mg_feed_loader_dup_folder_path (file);
  GError *error = NULL;

  if (path != NULL)
    {
      feed->folder = mg_history_open_folder (path, &error);
      if (feed->folder != NULL)
        feed->body = mg_history_load (feed->folder, mg_history_get_n_entries (feed->folder) - 1, &error);
    }
  else
    feed->body = mg_feed_loader_load (file, cancellable, &error);

  if (feed->body == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&feed), (GDestroyNotify) local_feed_free);
}

static void
on_loaded (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  MgFeedSource *self = user_data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LocalFeed) feed = g_task_propagate_pointer (G_TASK (result), &error);
  /* A folder's snapshot was read as a feed already, by its own name. */
  const char *name = feed != NULL && feed->folder != NULL ? NULL : self->uri;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_object_unref (self);
      return;
    }

  /* A folder's history is in place before its latest is passed on, so
   * that listeners find the two together. */
  if (feed != NULL && feed->folder != NULL)
    {
      g_clear_pointer (&self->history, mg_history_free);
      self->history = g_steal_pointer (&feed->folder);
    }
  if (feed == NULL || !accept_body (self, feed->body, name, NULL, NULL, &error))
    fail (self, error, -1);
  else
    {
      g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

      succeed (self, now);
    }
  g_object_unref (self);
}

static void
fetch_now (MgFeedSource *self)
{
  g_clear_handle_id (&self->poll_id, g_source_remove);
  if (self->uri == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_loading (self, TRUE);

  if (self->remote)
    {
      mg_http_fetch_async (self->session, self->uri, self->etag, self->last_modified,
                           self->timeout, self->cancellable, on_fetched, g_object_ref (self));
    }
  else
    {
      g_autoptr (GTask) task = g_task_new (NULL, self->cancellable, on_loaded, g_object_ref (self));

      g_task_set_source_tag (task, fetch_now);
      g_task_set_task_data (task, g_file_new_for_uri (self->uri), g_object_unref);
      g_task_run_in_thread (task, read_local_thread);
    }
}

/* Shows the last good answer at once, marked stale until a refresh works. */
static void
restore_cache (MgFeedSource *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (MgFeedCacheEntry) entry = mg_feed_cache_load (self->uri, &error);

  if (entry == NULL)
    {
      if (error != NULL)
        g_warning ("Ignoring the cached feed: %s", error->message);
      return;
    }
  if (!accept_body (self, entry->body, self->uri, NULL, NULL, &error))
    {
      g_warning ("Ignoring the cached feed of %s: %s", self->uri, error->message);
      return;
    }
  self->etag = g_strdup (entry->etag);
  self->last_modified = g_strdup (entry->last_modified);
  set_data_time (self, entry->fetched);
  set_stale (self, TRUE);
}

static void
mg_feed_source_dispose (GObject *object)
{
  MgFeedSource *self = MG_FEED_SOURCE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (mg_feed_source_parent_class)->dispose (object);
}

static void
mg_feed_source_finalize (GObject *object)
{
  MgFeedSource *self = MG_FEED_SOURCE (object);

  g_clear_pointer (&self->uri, g_free);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->last_modified, g_free);
  g_clear_pointer (&self->data_time, g_date_time_unref);
  g_clear_pointer (&self->history, mg_history_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (mg_feed_source_parent_class)->finalize (object);
}

static void
mg_feed_source_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  MgFeedSource *self = MG_FEED_SOURCE (object);

  switch (prop_id)
    {
    case PROP_URI:
      g_value_set_string (value, self->uri);
      break;
    case PROP_INTERVAL:
      g_value_set_uint (value, self->interval);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_STALE:
      g_value_set_boolean (value, self->stale);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    case PROP_DATA_TIME:
      g_value_set_boxed (value, self->data_time);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_feed_source_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  MgFeedSource *self = MG_FEED_SOURCE (object);

  switch (prop_id)
    {
    case PROP_URI:
      mg_feed_source_set_uri (self, g_value_get_string (value));
      break;
    case PROP_INTERVAL:
      mg_feed_source_set_interval (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mg_feed_source_class_init (MgFeedSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->dispose = mg_feed_source_dispose;
  object_class->finalize = mg_feed_source_finalize;
  object_class->get_property = mg_feed_source_get_property;
  object_class->set_property = mg_feed_source_set_property;

  properties[PROP_URI] =
    g_param_spec_string ("uri", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_INTERVAL] =
    g_param_spec_uint ("interval", NULL, NULL, MG_FEED_MIN_INTERVAL, 24 * 3600,
                       MG_FEED_DEFAULT_INTERVAL,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  properties[PROP_STALE] = g_param_spec_boolean ("stale", NULL, NULL, FALSE, ro);
  properties[PROP_ERROR] = g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR, ro);
  properties[PROP_DATA_TIME] = g_param_spec_boxed ("data-time", NULL, NULL, G_TYPE_DATE_TIME, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * MgFeedSource::updated:
   * @election: the newly parsed feed
   *
   * Emitted with every feed that parsed whole: from the cache at start, and
   * after each changed answer. Not emitted for an unchanged (304) answer.
   */
  signals[UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, MG_TYPE_ELECTION);
}

static void
mg_feed_source_init (MgFeedSource *self)
{
  self->interval = MG_FEED_DEFAULT_INTERVAL;
  self->history_limit = MG_HISTORY_DEFAULT_LIMIT;
}

/**
 * mg_feed_source_new:
 * @session: (nullable): a session from mg_http_session_new(); %NULL for
 *   the application's
 *
 * Returns: (transfer full): a source with no feed yet
 */
MgFeedSource *
mg_feed_source_new (GObject *session)
{
  MgFeedSource *self = g_object_new (MG_TYPE_FEED_SOURCE, NULL);

  /* Without a session given, the application's is made when an http feed
   * first needs it: a local feed never loads the HTTP module (libsoup). */
  if (session != NULL)
    self->session = g_object_ref (session);
  return self;
}

const char *
mg_feed_source_get_uri (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), NULL);
  return self->uri;
}

/**
 * mg_feed_source_set_uri:
 * @uri: an http://, https://, file:// or resource:// URI; a file:// URI
 *   may name a folder of snapshot files
 *
 * Follows @uri from now on: the cached copy shows at once, and a fetch
 * starts straight away.
 */
void
mg_feed_source_set_uri (MgFeedSource *self,
                        const char   *uri)
{
  g_return_if_fail (MG_IS_FEED_SOURCE (self));
  g_return_if_fail (uri != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_free (self->uri);
  self->uri = g_strdup (uri);
  self->remote = mg_feed_uri_is_remote (uri);
  /* Another feed, another history. */
  g_clear_pointer (&self->history, mg_history_free);
  g_clear_pointer (&self->etag, g_free);
  g_clear_pointer (&self->last_modified, g_free);
  self->failures = 0;
  set_error (self, NULL);
  set_stale (self, FALSE);
  set_data_time (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URI]);

  if (self->remote)
    restore_cache (self);
  fetch_now (self);
}

guint
mg_feed_source_get_interval (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), 0);
  return self->interval;
}

/* Seconds between polls of an http feed; never below 5. */
void
mg_feed_source_set_interval (MgFeedSource *self,
                             guint         seconds)
{
  g_return_if_fail (MG_IS_FEED_SOURCE (self));

  seconds = MAX (seconds, MG_FEED_MIN_INTERVAL);
  if (self->interval == seconds)
    return;
  self->interval = seconds;
  if (self->poll_id != 0 && self->failures == 0)
    schedule (self, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERVAL]);
}

/* The limit for a whole request; 0 for the default. */
void
mg_feed_source_set_timeout (MgFeedSource *self,
                            guint         seconds)
{
  g_return_if_fail (MG_IS_FEED_SOURCE (self));
  self->timeout = seconds;
}

/* Stops polling and abandons a fetch under way. */
void
mg_feed_source_stop (MgFeedSource *self)
{
  g_return_if_fail (MG_IS_FEED_SOURCE (self));

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  set_loading (self, FALSE);
}

/* Fetches now, whatever the schedule says. */
void
mg_feed_source_refresh (MgFeedSource *self)
{
  g_return_if_fail (MG_IS_FEED_SOURCE (self));
  fetch_now (self);
}

gboolean
mg_feed_source_get_loading (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), FALSE);
  return self->loading;
}

/* Whether what was passed on is older than the last attempt: from the
 * cache, or kept after a failed refresh. */
gboolean
mg_feed_source_get_stale (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), FALSE);
  return self->stale;
}

/**
 * mg_feed_source_get_error:
 *
 * Returns: (nullable) (transfer none): why the last attempt failed
 */
const GError *
mg_feed_source_get_error (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), NULL);
  return self->error;
}

/**
 * mg_feed_source_get_data_time:
 *
 * Returns: (nullable) (transfer none): when the data on show was last
 *   fetched or confirmed unchanged
 */
GDateTime *
mg_feed_source_get_data_time (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), NULL);
  return self->data_time;
}

/* Seconds until the next poll was scheduled, when it was. */
guint
mg_feed_source_get_next_delay (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), 0);
  return self->next_delay;
}

/* How many bodies have been parsed: a 304 adds none. */
guint
mg_feed_source_get_n_parses (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), 0);
  return self->n_parses;
}


/**
 * mg_feed_source_set_history_limit:
 * @limit: the most bytes of snapshots to keep, 0 to keep none
 *
 * Sets how much of a remote feed's history is kept (by default
 * %MG_HISTORY_DEFAULT_LIMIT). A history beyond the new limit is thinned
 * at once; with 0, nothing more is stored, and the history is not
 * offered (what is stored stays on disk). A folder of snapshot files
 * keeps its own.
 */
void
mg_feed_source_set_history_limit (MgFeedSource *self,
                                  guint64       limit)
{
  g_return_if_fail (MG_IS_FEED_SOURCE (self));

  self->history_limit = limit;
  if (self->history == NULL || mg_history_is_read_only (self->history))
    return;
  if (limit == 0)
    g_clear_pointer (&self->history, mg_history_free);
  else
    mg_history_set_limit (self->history, limit);
}

/**
 * mg_feed_source_get_history:
 *
 * Returns: (transfer none) (nullable): the snapshots of the feed stored so
 *   far, when it is remote and has delivered one; for a folder of snapshot
 *   files, the folder's (read only), once it has been read
 */
MgHistory *
mg_feed_source_get_history (MgFeedSource *self)
{
  g_return_val_if_fail (MG_IS_FEED_SOURCE (self), NULL);

  if (self->history == NULL && self->remote && self->history_limit > 0 && self->uri != NULL)
    self->history = mg_history_open (self->uri, self->history_limit);
  return self->history;
}
