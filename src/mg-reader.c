/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-article.h"
#include "mg-election.h"
#include "mg-reader-private.h"
#include "mg-state-result.h"
#include "mg-story-buffer.h"
#include "mg-story-search.h"
#include "mg-summary.h"

/* The news pane beside the tally: the feed's stories newest first, the
 * chosen one typeset for reading — Devanagari-capable fonts, generous
 * leading, a measure near 70 characters, zoom — with find, and live updates
 * that keep the reader's place. The story itself is set by
 * mg-story-buffer.c and searched by mg-story-search.c. */
struct _MgReader
{
  GtkWidget           parent_instance;

  GSettings          *settings;
  MgElection         *election;
  GListModel         *articles;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  char               *state_id;
  char               *shown_id;
  char               *shown_key;
  GHashTable         *known_ids;
  guint               n_new;
  gboolean            selecting;
  gboolean            local_time;
  double              zoom;
  GtkCssProvider     *zoom_css;
  int                 measure_margin;
  guint               margin_idle;
  double              restore_scroll;
  guint               restore_tick;
  guint               restore_frames;
  MgStorySearch      *search;

  /* Template widgets */
  GtkWidget          *content;
  GtkToggleButton    *all_button;
  GtkToggleButton    *state_button;
  GtkToggleButton    *find_button;
  GtkRevealer        *new_revealer;
  GtkButton          *new_button;
  GtkWidget          *list_scroller;
  GtkListBox         *list;
  GtkSearchBar       *search_bar;
  GtkSearchEntry     *search_entry;
  GtkLabel           *match_label;
  GtkScrolledWindow  *scroller;
  GtkTextView        *view;
  GtkWidget          *link_style;
  GtkTextBuffer      *buffer;
};

G_DEFINE_FINAL_TYPE (MgReader, mg_reader, GTK_TYPE_WIDGET)

/* The reading measure: lines no longer than this many characters. */
#define MEASURE_CHARS 70

static GDateTime *
article_time (MgArticle *article)
{
  return mg_article_get_updated (article) != NULL ? mg_article_get_updated (article)
                                                  : mg_article_get_published (article);
}

/* Newest first; stories without a time last, in feed order. */
static int
compare_articles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GDateTime *ta = article_time ((MgArticle *) a), *tb = article_time ((MgArticle *) b);

  if (ta == NULL || tb == NULL)
    return (ta == NULL) - (tb == NULL);
  return -g_date_time_compare (ta, tb);
}

static gboolean
filter_article (gpointer item,
                gpointer user_data)
{
  MgReader *self = user_data;

  if (!gtk_toggle_button_get_active (self->state_button) || self->state_id == NULL)
    return TRUE;
  return g_strcmp0 (mg_article_get_state_id (MG_ARTICLE (item)), self->state_id) == 0;
}

/* What, if it changes, needs the story drawn again. */
static char *
article_key (MgArticle *article)
{
  g_autofree char *text = mg_article_dup_text (article);
  GDateTime *time = article_time (article);
  g_autofree char *when = time != NULL ? g_date_time_format_iso8601 (time) : NULL;

  return g_strdup_printf ("%s\n%s\n%u\n%s", mg_article_get_id (article), when ? when : "",
                          mg_article_get_n_related (article), text);
}

/* The name of the state @article is about, if the results have it. */
static const char *
state_name (MgReader  *self,
            MgArticle *article)
{
  const char *state_id = mg_article_get_state_id (article);
  MgStateResult *state = NULL;

  if (state_id != NULL && self->election != NULL)
    state = mg_election_find_state (self->election, state_id, NULL);
  return state != NULL ? mg_state_result_get_name (state) : NULL;
}

static void run_search (MgReader *self);

/* Times are shown in the election's zone unless the user wants theirs. */
static GTimeZone *
display_zone (MgReader *self)
{
  if (self->local_time || self->election == NULL)
    return NULL;
  return mg_election_dup_display_zone (self->election);
}

static void
render (MgReader  *self,
        MgArticle *article)
{
  g_clear_pointer (&self->shown_id, g_free);
  g_clear_pointer (&self->shown_key, g_free);

  if (article == NULL)
    {
      gboolean any = self->articles != NULL && g_list_model_get_n_items (self->articles) > 0;

      mg_story_buffer_show_message (self->buffer, any ? _("No story about this state.")
                                                      : _("No news story in these results."));
      return;
    }

  self->shown_id = g_strdup (mg_article_get_id (article));
  self->shown_key = article_key (article);
  {
    g_autoptr (GTimeZone) zone = display_zone (self);

    mg_story_buffer_show_article (self->buffer, article, state_name (self, article), zone);
  }
  if (gtk_search_bar_get_search_mode (self->search_bar))
    run_search (self);
}

static MgArticle *
find_listed (MgReader   *self,
             const char *id,
             guint      *position)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));

  for (guint i = 0; id != NULL && i < n; i++)
    {
      g_autoptr (MgArticle) article = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);

      if (g_strcmp0 (mg_article_get_id (article), id) == 0)
        {
          if (position != NULL)
            *position = i;
          return article;  /* the model holds a reference */
        }
    }
  return NULL;
}

static void
select_row (MgReader *self,
            guint     position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) position);

  self->selecting = TRUE;
  gtk_list_box_select_row (self->list, row);
  self->selecting = FALSE;
}

/* Puts the scroll position back once the new text is laid out far enough
 * to reach it (GtkTextView lays out lazily), giving up after a second. */
static gboolean
restore_scroll_tick (GtkWidget     *widget,
                     GdkFrameClock *clock,
                     gpointer       user_data)
{
  MgReader *self = MG_READER (user_data);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  gtk_adjustment_set_value (adjustment, self->restore_scroll);
  if (gtk_adjustment_get_value (adjustment) >= self->restore_scroll - 0.5 ||
      ++self->restore_frames > 60)
    {
      self->restore_tick = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* Draws @article again in place: the reader keeps the line it was on. */
static void
rerender_in_place (MgReader  *self,
                   MgArticle *article)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  self->restore_scroll = gtk_adjustment_get_value (adjustment);
  self->restore_frames = 0;
  render (self, article);
  if (self->restore_scroll > 0 && self->restore_tick == 0)
    self->restore_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->view), restore_scroll_tick,
                                                       self, NULL);
}

static void
update_new_button (MgReader *self)
{
  g_autofree char *label = NULL;

  if (self->n_new == 0)
    {
      gtk_revealer_set_reveal_child (self->new_revealer, FALSE);
      return;
    }
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u new update", "%u new updates",
                                        self->n_new),
                           self->n_new);
  gtk_button_set_label (self->new_button, label);
  gtk_revealer_set_reveal_child (self->new_revealer, TRUE);
}

/* The list changed: keep the story on show (drawn again only when its text
 * changed), count stories not seen before, and pick one if none is shown. */
static void
on_sorted_items_changed_cb (MgReader   *self,
                            guint       position,
                            guint       removed,
                            guint       added,
                            GListModel *model)
{
  guint n = g_list_model_get_n_items (model);
  guint shown_position = 0;
  MgArticle *shown = find_listed (self, self->shown_id, &shown_position);
  gboolean first = g_hash_table_size (self->known_ids) == 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (MgArticle) article = g_list_model_get_item (model, i);

      if (!g_hash_table_contains (self->known_ids, mg_article_get_id (article)))
        {
          g_hash_table_add (self->known_ids, g_strdup (mg_article_get_id (article)));
          if (!first)
            self->n_new++;
        }
    }
  update_new_button (self);
  gtk_widget_set_visible (self->list_scroller, n > 1);

  if (shown != NULL)
    {
      g_autofree char *key = article_key (shown);

      select_row (self, shown_position);
      if (g_strcmp0 (key, self->shown_key) != 0)
        rerender_in_place (self, shown);
      return;
    }

  if (n > 0)
    {
      g_autoptr (MgArticle) newest = g_list_model_get_item (model, 0);

      select_row (self, 0);
      render (self, newest);
    }
  else
    {
      render (self, NULL);
    }
}

static void
on_list_row_selected_cb (MgReader      *self,
                         GtkListBoxRow *row,
                         GtkListBox    *list)
{
  g_autoptr (MgArticle) article = NULL;

  if (self->selecting || row == NULL)
    return;
  article = g_list_model_get_item (G_LIST_MODEL (self->sorted),
                                   (guint) gtk_list_box_row_get_index (row));
  if (article != NULL && g_strcmp0 (mg_article_get_id (article), self->shown_id) != 0)
    render (self, article);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  MgArticle *article = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (mg_article_get_title (article));
  GtkWidget *time = gtk_label_new (NULL);
  GDateTime *when = article_time (article);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (title), 2);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), title);
  if (when != NULL)
    {
      g_autoptr (GTimeZone) zone = display_zone (MG_READER (user_data));
      g_autofree char *text = mg_summary_format_time (when, zone);

      gtk_label_set_text (GTK_LABEL (time), text);
      gtk_label_set_xalign (GTK_LABEL (time), 0);
      gtk_widget_add_css_class (time, "caption");
      gtk_widget_add_css_class (time, "dim-label");
      gtk_box_append (GTK_BOX (box), time);
    }
  else
    {
      g_object_ref_sink (time);
      g_object_unref (time);
    }
  return box;
}

static void
on_filter_toggled_cb (MgReader        *self,
                      GtkToggleButton *button)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_new_button_clicked_cb (MgReader  *self,
                          GtkButton *button)
{
  mg_reader_show_new (self);
}

/* Clicks on a link open it, in the browser, if it is http(s). */
static void
on_view_released_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     MgReader        *self)
{
  GtkTextIter iter;
  int bx, by;
  const char *url;

  if (gtk_text_buffer_get_has_selection (self->buffer))
    return;
  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y,
                                         &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->view, &iter, bx, by))
    return;
  url = mg_story_buffer_get_link_at (&iter);
  if (url != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, url, GDK_CURRENT_TIME);
    }
}

/* The match label says what the search holds: call after each change. */
static void
update_match_label (MgReader *self)
{
  g_autofree char *status = mg_story_search_dup_status (self->search);

  gtk_label_set_text (self->match_label, status);
}

static void
run_search (MgReader *self)
{
  mg_story_search_run (self->search, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_match_label (self);
}

static void
on_search_changed_cb (MgReader       *self,
                      GtkSearchEntry *entry)
{
  run_search (self);
}

static void
on_search_next_cb (MgReader       *self,
                   GtkSearchEntry *entry)
{
  mg_story_search_next (self->search);
  update_match_label (self);
}

static void
on_search_previous_cb (MgReader       *self,
                       GtkSearchEntry *entry)
{
  mg_story_search_previous (self->search);
  update_match_label (self);
}

static void
on_search_stop_cb (MgReader       *self,
                   GtkSearchEntry *entry)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  mg_story_search_clear (self->search);
  update_match_label (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
apply_zoom (MgReader *self)
{
  g_autofree char *css = g_strdup_printf ("textview.article { font-size: %.0f%%; }",
                                          105 * self->zoom);

  gtk_css_provider_load_from_data (self->zoom_css, css, -1);
}

/* Links in the colour the theme gives its "link" nodes, so that they stay
 * readable in the dark and high-contrast styles too. */
static void
update_link_color (MgReader *self)
{
  GdkRGBA color;

  /* Restyled while the template is being torn down. */
  if (self->link_style == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (self->link_style), &color);
  G_GNUC_END_IGNORE_DEPRECATIONS

  mg_story_buffer_set_link_color (self->buffer, &color);
}

static gboolean
apply_margins (gpointer user_data)
{
  MgReader *self = user_data;

  self->margin_idle = 0;
  gtk_text_view_set_left_margin (self->view, self->measure_margin);
  gtk_text_view_set_right_margin (self->view, self->measure_margin);
  return G_SOURCE_REMOVE;
}

/* Lines near 70 characters, however wide the pane: the rest is margin. */
static void
mg_reader_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  MgReader *self = MG_READER (widget);
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->view));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  double char_width = pango_font_metrics_get_approximate_char_width (metrics) / (double) PANGO_SCALE;
  int margin = MAX (24, (int) ((width - MEASURE_CHARS * char_width) / 2));

  pango_font_metrics_unref (metrics);
  if (margin != self->measure_margin)
    {
      self->measure_margin = margin;
      if (self->margin_idle == 0)
        self->margin_idle = g_idle_add (apply_margins, self);
    }

  GTK_WIDGET_CLASS (mg_reader_parent_class)->size_allocate (widget, width, height, baseline);
}

/* A change of theme or of dark style restyles the reader too. */
static void
mg_reader_css_changed (GtkWidget         *widget,
                       GtkCssStyleChange *change)
{
  MgReader *self = MG_READER (widget);

  GTK_WIDGET_CLASS (mg_reader_parent_class)->css_changed (widget, change);
  update_link_color (self);
}

static void
mg_reader_dispose (GObject *object)
{
  MgReader *self = MG_READER (object);

  g_clear_handle_id (&self->margin_idle, g_source_remove);
  if (self->restore_tick != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self->view), self->restore_tick);
      self->restore_tick = 0;
    }
  if (self->sorted != NULL)
    g_signal_handlers_disconnect_by_data (self->sorted, self);
  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), MG_TYPE_READER);
  g_clear_object (&self->search);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->articles);
  g_clear_object (&self->election);
  g_clear_object (&self->settings);
  g_clear_object (&self->zoom_css);

  G_OBJECT_CLASS (mg_reader_parent_class)->dispose (object);
}

static void
mg_reader_finalize (GObject *object)
{
  MgReader *self = MG_READER (object);

  g_clear_pointer (&self->state_id, g_free);
  g_clear_pointer (&self->shown_id, g_free);
  g_clear_pointer (&self->shown_key, g_free);
  g_clear_pointer (&self->known_ids, g_hash_table_unref);

  G_OBJECT_CLASS (mg_reader_parent_class)->finalize (object);
}

static void
mg_reader_class_init (MgReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_reader_dispose;
  object_class->finalize = mg_reader_finalize;
  widget_class->size_allocate = mg_reader_size_allocate;
  widget_class->css_changed = mg_reader_css_changed;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mg-reader.ui");
  gtk_widget_class_bind_template_child (widget_class, MgReader, content);
  gtk_widget_class_bind_template_child (widget_class, MgReader, all_button);
  gtk_widget_class_bind_template_child (widget_class, MgReader, state_button);
  gtk_widget_class_bind_template_child (widget_class, MgReader, find_button);
  gtk_widget_class_bind_template_child (widget_class, MgReader, new_revealer);
  gtk_widget_class_bind_template_child (widget_class, MgReader, new_button);
  gtk_widget_class_bind_template_child (widget_class, MgReader, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, MgReader, list);
  gtk_widget_class_bind_template_child (widget_class, MgReader, search_bar);
  gtk_widget_class_bind_template_child (widget_class, MgReader, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MgReader, match_label);
  gtk_widget_class_bind_template_child (widget_class, MgReader, scroller);
  gtk_widget_class_bind_template_child (widget_class, MgReader, view);
  gtk_widget_class_bind_template_child (widget_class, MgReader, link_style);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_stop_cb);
}

static void
mg_reader_init (MgReader *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->buffer = gtk_text_view_get_buffer (self->view);
  self->known_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  mg_story_buffer_add_tags (self->buffer);
  self->search = mg_story_search_new (self->view);
  update_link_color (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("News story"), -1);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_list_box_set_placeholder (self->list, gtk_label_new (_("No stories")));

  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (on_view_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (click));

  self->filter = gtk_custom_filter_new (filter_article, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, g_object_ref (GTK_FILTER (self->filter)));
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)),
                                          GTK_SORTER (gtk_custom_sorter_new (compare_articles, NULL,
                                                                             NULL)));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->sorted), create_row, self, NULL);
  g_signal_connect_object (self->sorted, "items-changed", G_CALLBACK (on_sorted_items_changed_cb),
                           self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  self->zoom_css = gtk_css_provider_new ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->view)),
                                  GTK_STYLE_PROVIDER (self->zoom_css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  G_GNUC_END_IGNORE_DEPRECATIONS
  self->settings = g_settings_new (APP_ID);
  self->zoom = CLAMP (g_settings_get_double (self->settings, "text-zoom"), MG_READER_MIN_ZOOM,
                      MG_READER_MAX_ZOOM);
  apply_zoom (self);

  gtk_widget_set_visible (self->list_scroller, FALSE);
  render (self, NULL);
}

GtkWidget *
mg_reader_new (void)
{
  return g_object_new (MG_TYPE_READER, NULL);
}

/**
 * mg_reader_set_election:
 *
 * Shows @election's stories, following its changes.
 */
void
mg_reader_set_election (MgReader   *self,
                        MgElection *election)
{
  g_return_if_fail (MG_IS_READER (self));
  g_return_if_fail (election == NULL || MG_IS_ELECTION (election));

  g_set_object (&self->election, election);
  g_clear_object (&self->articles);
  if (election != NULL)
    self->articles = g_object_ref (mg_election_get_articles (election));
  g_hash_table_remove_all (self->known_ids);
  self->n_new = 0;
  gtk_filter_list_model_set_model (self->filtered, self->articles);
}

/* The state of the selected tab, for the "This State" filter. */
void
mg_reader_set_state_id (MgReader   *self,
                        const char *state_id)
{
  g_return_if_fail (MG_IS_READER (self));

  if (g_strcmp0 (self->state_id, state_id) == 0)
    return;
  g_free (self->state_id);
  self->state_id = g_strdup (state_id);
  if (gtk_toggle_button_get_active (self->state_button))
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

void
mg_reader_set_only_state (MgReader *self,
                          gboolean  only_state)
{
  g_return_if_fail (MG_IS_READER (self));
  gtk_toggle_button_set_active (only_state ? self->state_button : self->all_button, TRUE);
}

/**
 * mg_reader_get_article_id:
 *
 * Returns: (nullable) (transfer none): the id of the story on show
 */
const char *
mg_reader_get_article_id (MgReader *self)
{
  g_return_val_if_fail (MG_IS_READER (self), NULL);
  return self->shown_id;
}

guint
mg_reader_get_n_listed (MgReader *self)
{
  g_return_val_if_fail (MG_IS_READER (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

guint
mg_reader_get_n_new (MgReader *self)
{
  g_return_val_if_fail (MG_IS_READER (self), 0);
  return self->n_new;
}

/**
 * mg_reader_dup_text:
 *
 * Returns: (transfer full): the text on show
 */
char *
mg_reader_dup_text (MgReader *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (MG_IS_READER (self), NULL);

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  return gtk_text_buffer_get_text (self->buffer, &start, &end, FALSE);
}

/**
 * mg_reader_get_view:
 *
 * Returns: (transfer none): the text view the story is in
 */
GtkTextView *
mg_reader_get_view (MgReader *self)
{
  g_return_val_if_fail (MG_IS_READER (self), NULL);
  return self->view;
}

double
mg_reader_get_zoom (MgReader *self)
{
  g_return_val_if_fail (MG_IS_READER (self), 1.0);
  return self->zoom;
}

/* Text size, 1.0 for normal; remembered across runs. */
void
mg_reader_set_zoom (MgReader *self,
                    double    zoom)
{
  g_return_if_fail (MG_IS_READER (self));

  zoom = CLAMP (zoom, MG_READER_MIN_ZOOM, MG_READER_MAX_ZOOM);
  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;
  self->zoom = zoom;
  g_settings_set_double (self->settings, "text-zoom", zoom);
  apply_zoom (self);
}

void
mg_reader_zoom_in (MgReader *self)
{
  mg_reader_set_zoom (self, self->zoom * 1.1);
}

void
mg_reader_zoom_out (MgReader *self)
{
  mg_reader_set_zoom (self, self->zoom / 1.1);
}

/* Ctrl+F: opens the find bar. */
void
mg_reader_start_search (MgReader *self)
{
  g_return_if_fail (MG_IS_READER (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * mg_reader_find:
 *
 * Finds @text in the story on show, as typed in the find bar.
 *
 * Returns: the number of matches
 */
guint
mg_reader_find (MgReader   *self,
                const char *text)
{
  g_return_val_if_fail (MG_IS_READER (self), 0);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  run_search (self);
  return mg_story_search_get_n_matches (self->search);
}

/* Shows the newest story from the top and forgets the new count. */
void
mg_reader_show_new (MgReader *self)
{
  g_autoptr (MgArticle) newest = NULL;
  GtkAdjustment *adjustment;

  g_return_if_fail (MG_IS_READER (self));

  self->n_new = 0;
  update_new_button (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 0)
    return;
  newest = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0);
  select_row (self, 0);
  render (self, newest);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, 0);
}

/**
 * mg_reader_set_local_time:
 * @local_time: show times in the user's zone rather than the election's
 */
void
mg_reader_set_local_time (MgReader *self,
                          gboolean  local_time)
{
  g_return_if_fail (MG_IS_READER (self));

  if (self->local_time == !!local_time)
    return;
  self->local_time = !!local_time;
  /* The story's times at once; the list's with its next rows. */
  if (self->shown_id != NULL)
    {
      g_autofree char *id = g_strdup (self->shown_id);
      MgArticle *article = find_listed (self, id, NULL);

      if (article != NULL)
        render (self, article);
    }
}
