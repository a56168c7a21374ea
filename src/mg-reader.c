/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "mg-reader"

#include "config.h"

#include <glib/gi18n.h>

#include "mg-article.h"
#include "mg-reader.h"
#include "mg-summary.h"

/* The news pane beside the tally: the newest story, typeset for reading.
 * Article text goes into the buffer as plain text, never as markup. */
struct _MgReader
{
  GtkWidget      parent_instance;

  GListModel    *articles;
  GtkWidget     *scroller;
  GtkTextView   *view;
  GtkTextBuffer *buffer;
};

G_DEFINE_FINAL_TYPE (MgReader, mg_reader, GTK_TYPE_WIDGET)

static void
insert_with_tag (MgReader   *self,
                 const char *text,
                 const char *tag)
{
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (self->buffer, &end);
  gtk_text_buffer_insert_with_tags_by_name (self->buffer, &end, text, -1, tag, "article", NULL);
}

/* The story whose last change is newest. */
static MgArticle *
newest_article (MgReader *self)
{
  MgArticle *newest = NULL;
  guint n = self->articles != NULL ? g_list_model_get_n_items (self->articles) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (MgArticle) article = g_list_model_get_item (self->articles, i);
      GDateTime *when = mg_article_get_updated (article) ? mg_article_get_updated (article)
                                                         : mg_article_get_published (article);
      GDateTime *best = NULL;

      if (newest != NULL)
        best = mg_article_get_updated (newest) ? mg_article_get_updated (newest)
                                               : mg_article_get_published (newest);
      if (newest == NULL || (when != NULL && (best == NULL || g_date_time_compare (when, best) > 0)))
        newest = article;
    }
  /* The model holds a reference. */
  return newest;
}

static void
render (MgReader *self)
{
  MgArticle *article = newest_article (self);
  GDateTime *updated;

  gtk_text_buffer_set_text (self->buffer, "", 0);

  if (article == NULL)
    {
      insert_with_tag (self, _("No news story in these results."), "meta");
      return;
    }

  if (mg_article_get_lang (article) != NULL)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (self->buffer),
                                                   "article");

      g_object_set (tag, "language", mg_article_get_lang (article), NULL);
    }

  insert_with_tag (self, mg_article_get_title (article), "title");
  insert_with_tag (self, "\n", "title");

  updated = mg_article_get_updated (article) ? mg_article_get_updated (article)
                                             : mg_article_get_published (article);
  if (updated != NULL)
    {
      g_autofree char *when = mg_summary_format_time (updated);
      g_autofree char *line = g_strdup_printf (_("Updated %s"), when);

      insert_with_tag (self, line, "meta");
      insert_with_tag (self, "\n", "meta");
    }

  for (guint i = 0; i < mg_article_get_n_blocks (article); i++)
    {
      const MgArticleBlock *block = mg_article_get_block (article, i);
      const char *tag = block->type == MG_ARTICLE_BLOCK_HEADING ? "heading"
                        : block->type == MG_ARTICLE_BLOCK_QUOTE ? "quote"
                                                                : "paragraph";

      insert_with_tag (self, block->text, tag);
      insert_with_tag (self, "\n", tag);
    }

  if (mg_article_get_n_related (article) > 0)
    {
      insert_with_tag (self, _("Read Also"), "related-heading");
      insert_with_tag (self, "\n", "related-heading");
      for (guint i = 0; i < mg_article_get_n_related (article); i++)
        {
          insert_with_tag (self, mg_article_get_related (article, i)->title, "related");
          insert_with_tag (self, "\n", "related");
        }
    }
}

static void
mg_reader_dispose (GObject *object)
{
  MgReader *self = MG_READER (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  if (self->articles != NULL)
    g_signal_handlers_disconnect_by_func (self->articles, render, self);
  g_clear_object (&self->articles);

  G_OBJECT_CLASS (mg_reader_parent_class)->dispose (object);
}

static void
mg_reader_class_init (MgReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mg_reader_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reader");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mg_reader_init (MgReader *self)
{
  self->buffer = gtk_text_buffer_new (NULL);
  gtk_text_buffer_create_tag (self->buffer, "article", NULL);
  gtk_text_buffer_create_tag (self->buffer, "title",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 1.35,
                              "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (self->buffer, "meta",
                              "scale", 0.9, "foreground-rgba", &(GdkRGBA) { 0.5, 0.5, 0.5, 1 },
                              "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (self->buffer, "heading",
                              "weight", PANGO_WEIGHT_BOLD, "scale", 1.15,
                              "pixels-above-lines", 12, "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (self->buffer, "paragraph",
                              "pixels-below-lines", 12, "pixels-inside-wrap", 4, NULL);
  gtk_text_buffer_create_tag (self->buffer, "quote",
                              "style", PANGO_STYLE_ITALIC, "left-margin", 36,
                              "pixels-below-lines", 12, "pixels-inside-wrap", 4, NULL);
  gtk_text_buffer_create_tag (self->buffer, "related-heading",
                              "weight", PANGO_WEIGHT_BOLD, "pixels-above-lines", 12,
                              "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (self->buffer, "related",
                              "pixels-below-lines", 4, "pixels-inside-wrap", 2, NULL);

  self->view = GTK_TEXT_VIEW (gtk_text_view_new_with_buffer (self->buffer));
  g_object_unref (self->buffer);
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, FALSE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->view, 24);
  gtk_text_view_set_right_margin (self->view, 24);
  gtk_text_view_set_top_margin (self->view, 18);
  gtk_text_view_set_bottom_margin (self->view, 24);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "article");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("News story"), -1);

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  render (self);
}

GtkWidget *
mg_reader_new (void)
{
  return g_object_new (MG_TYPE_READER, NULL);
}

/**
 * mg_reader_set_articles:
 * @articles: a #GListModel of #MgArticle
 *
 * Shows the newest story of @articles, following its changes.
 */
void
mg_reader_set_articles (MgReader   *self,
                        GListModel *articles)
{
  g_return_if_fail (MG_IS_READER (self));
  g_return_if_fail (articles == NULL || G_IS_LIST_MODEL (articles));

  if (self->articles != NULL)
    g_signal_handlers_disconnect_by_func (self->articles, render, self);
  g_set_object (&self->articles, articles);
  if (articles != NULL)
    g_signal_connect_swapped (articles, "items-changed", G_CALLBACK (render), self);
  render (self);
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
