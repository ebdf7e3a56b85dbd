/* SPDX-License-Identifier: LGPL-2.1-or-later */
/* The byline filter through the registry and a pipeline: the seed, each
 * source of evidence (JSON-LD, meta tags, markup, text), each failure users
 * complain about (junk in names, the site as author, affiliation glued to
 * the name, only the first author, single names, "by" inside a word, the
 * CMS user in a meta tag, dates from updates or comments), dates in many
 * forms, and the properties. */

#include <winnow/winnow.h>

#include "test-util.h"
#include <string.h>

static WinnowDocument *
run_on (const char *description,
        const char *content_type,
        const char *data)
{
  return test_run_pipeline (description, content_type, data);
}

static WinnowDocument *
run_on_text (const char *data)
{
  return run_on ("byline", "text/plain", data);
}

static WinnowDocument *
run_fixture (const char *description,
             const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "byline", name, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return run_on (description, "text/html", contents);
}

/* A field of the @index-th author, or NULL. */
static char *
field_of (WinnowDocument *doc,
          guint           index,
          const char     *key)
{
  GVariant *authors = winnow_document_get_authors (doc);
  g_autoptr(GVariant) one = NULL;
  char *value = NULL;

  g_assert_nonnull (authors);
  g_assert_cmpuint (index, <, g_variant_n_children (authors));
  one = g_variant_get_child_value (authors, index);
  if (!g_variant_lookup (one, key, "s", &value))
    return NULL;
  return value;
}

/* Author @index's field @key is @expected (NULL: absent). */
static void
assert_field (WinnowDocument *doc,
              guint           index,
              const char     *key,
              const char     *expected)
{
  g_autofree char *value = field_of (doc, index, key);
  g_assert_cmpstr (value, ==, expected);
}

static void
assert_role (WinnowDocument *doc,
             guint           index,
             const char     *expected)
{
  assert_field (doc, index, "role", expected);
}

static void
assert_names (WinnowDocument *doc,
              const char     *expected)
{
  g_autofree char *names = test_author_names (doc);
  g_assert_cmpstr (names, ==, expected);
}

static const char *
meta (WinnowDocument *doc,
      const char     *key)
{
  return winnow_document_get_metadata_string (doc, key);
}

/* The span of @label whose source text is @text, if any. */
static WinnowSpan *
find_span (WinnowDocument *doc,
           const char     *label,
           const char     *text)
{
  GPtrArray *spans = winnow_document_get_spans (doc);

  for (guint i = 0; spans != NULL && i < spans->len; i++)
    {
      WinnowSpan *span = spans->pdata[i];
      g_autofree char *s = winnow_document_get_span_text (doc, span);
      if (g_strcmp0 (winnow_span_get_label (span), label) == 0 && g_strcmp0 (s, text) == 0)
        return span;
    }
  return NULL;
}


static void
test_seed (void)
{
  const char *dir = g_getenv ("WINNOW_TEST_SEEDS");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowDocument) doc = NULL;
  WinnowSpan *span;
  WinnowBlock *block;

  if (dir == NULL)
    {
      g_test_skip ("WINNOW_TEST_SEEDS is not set");
      return;
    }
  path = g_build_filename (dir, "000_e6ebd894ec813c3a.txt", NULL);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  doc = run_on_text (contents);

  assert_names (doc, "Sarah Kim");
  assert_field (doc, 0, "email", "kim.sarah@joongang.co.kr");
  g_assert_null (meta (doc, WINNOW_META_AFFILIATION));
  g_assert_cmpstr (meta (doc, WINNOW_META_BYLINE), ==, "BY SARAH KIM [kim.sarah@joongang.co.kr]");

  /* The spans point at the text that was read, with the clean value. */
  span = find_span (doc, "AUTHOR", "SARAH KIM");
  g_assert_nonnull (span);
  g_assert_cmpstr (winnow_span_get_value (span), ==, "Sarah Kim");
  g_assert_cmpstr (winnow_span_get_filter (span), ==, "byline");
  g_assert_nonnull (find_span (doc, "EMAIL", "kim.sarah@joongang.co.kr"));

  /* The line is all byline: it is labelled, and leaves the content. */
  block = test_find_block (doc, "BY SARAH KIM");
  g_assert_cmpint (winnow_block_get_label (block), ==, WINNOW_BLOCK_LABEL_BYLINE);
  g_assert_cmpstr (winnow_block_get_filter (block), ==, "byline");
  {
    g_autofree char *content = winnow_document_get_content (doc);
    g_assert_null (strstr (content, "BY SARAH KIM"));
  }
  /* The widget line below it is not part of it. */
  block = test_find_block (doc, "Log in to Twitter");
  g_assert_cmpint (winnow_block_get_label (block), !=, WINNOW_BLOCK_LABEL_BYLINE);
}

static void
test_json_ld (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "json-ld.html");

  /* The @id reference is resolved; the publisher is not an author. */
  assert_names (doc, "Maria Gonzalez");
  assert_field (doc, 0, "url", "https://courier.example/author/maria-gonzalez");
  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2021-03-04T09:30:00+01:00");
  g_assert_cmpstr (meta (doc, WINNOW_META_UPDATED), ==, "2021-03-05T10:00:00+01:00");
  g_assert_nonnull (find_span (doc, "AUTHOR", "Maria Gonzalez"));
}

/* Yoast's graphs name the author where it is referenced and give the
 * rest in the node of its @id: the page and the job come from there, and
 * so does the type of a reference to an organisation, which is no author
 * when only the metadata names it. */
static void
test_json_ld_named_reference (void)
{
  static const char person[] =
    "<html lang=\"en\"><head><title>How to prune roses</title>"
    "<script type=\"application/ld+json\">{\"@graph\": ["
    "{\"@type\": \"Article\", \"headline\": \"How to prune roses\","
    " \"author\": {\"name\": \"Maria Lopez\", \"@id\": \"https://garden.example/#/person/1\"},"
    " \"datePublished\": \"2024-02-10T08:00:00+00:00\"},"
    "{\"@type\": \"Person\", \"@id\": \"https://garden.example/#/person/1\", \"name\": \"Maria Lopez\","
    " \"url\": \"https://garden.example/author/maria/\", \"jobTitle\": \"Head Gardener\"}]}"
    "</script></head><body><h1>How to prune roses</h1>"
    "<p>Roses need pruning once a year, in late winter, when the buds begin to swell; cut away "
    "dead wood first, then thin the centre of the bush.</p></body></html>";
  static const char organization[] =
    "<html lang=\"en\"><head><title>Ten tips for widgets</title>"
    "<script type=\"application/ld+json\">{\"@graph\": ["
    "{\"@type\": \"BlogPosting\", \"headline\": \"Ten tips for widgets\","
    " \"author\": {\"name\": \"Morgan Stanley\", \"@id\": \"https://acme.example/#org\"},"
    " \"datePublished\": \"2018-02-03\"},"
    "{\"@type\": \"Organization\", \"@id\": \"https://acme.example/#org\", \"name\": \"Morgan Stanley\"}]}"
    "</script></head><body><h1>Ten tips for widgets</h1>"
    "<p>Widgets are small and useful, and these ten tips will help you choose, use and repair "
    "the ones you have at home.</p></body></html>";
  g_autoptr(WinnowDocument) doc = run_on ("byline", "text/html", person);
  g_autoptr(WinnowDocument) org_doc = run_on ("byline", "text/html", organization);

  assert_names (doc, "Maria Lopez");
  assert_field (doc, 0, "url", "https://garden.example/author/maria/");
  assert_field (doc, 0, "role", "Head Gardener");
  assert_names (org_doc, "");
}

static void
test_json_ld_person_over_organization (void)
{
  static const char page[] =
    "<html lang=\"en\"><head><title>t</title>"
    "<script type=\"application/ld+json\">"
    "{\"@type\": \"BlogPosting\", \"author\": {\"@type\": \"Organization\", \"name\": \"Acme Widgets\"},"
    " \"datePublished\": \"2018-02-03\"}</script></head><body>"
    "<h1>Ten tips for widgets</h1><p>By Jane Smith</p>"
    "<p>Widgets are small and useful, and these ten tips will help you choose, use and repair the ones you have at home.</p>"
    "</body></html>";
  g_autoptr(WinnowDocument) doc = run_on ("byline", "text/html", page);

  assert_names (doc, "Jane Smith");
  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2018-02-03");
}

/* A JSON-LD Person's page, address and job come with its name. */
static void
test_json_ld_person_details (void)
{
  static const char page[] =
    "<html lang=\"en\"><head><title>Quake shakes capital</title>"
    "<script type=\"application/ld+json\">"
    "{\"@type\": \"NewsArticle\", \"datePublished\": \"2024-01-05T08:00:00+09:00\","
    " \"author\": [{\"@type\": \"Person\", \"name\": \"Yuki Tanaka\","
    " \"url\": \"https://news.example.com/authors/yuki-tanaka\", \"email\": \"mailto:yuki@example.com\","
    " \"jobTitle\": \"Tokyo Correspondent\"}, {\"@type\": \"Person\", \"name\": \"Hiro Sato\"}]}"
    "</script></head><body><h1>Quake shakes capital</h1><p class=\"byline\">By Yuki Tanaka and Hiro Sato</p>"
    "<p>A strong earthquake shook the capital on Friday morning, but no damage was reported, officials said.</p>"
    "</body></html>";
  g_autoptr(WinnowDocument) doc = run_on ("byline", "text/html", page);

  assert_names (doc, "Yuki Tanaka; Hiro Sato");
  assert_field (doc, 0, "url", "https://news.example.com/authors/yuki-tanaka");
  assert_field (doc, 0, "email", "yuki@example.com");
  assert_role (doc, 0, "Tokyo Correspondent");
  assert_field (doc, 1, "email", NULL);
}

/* Scholarly and library tags write one person a tag, family name first. */
static void
test_meta_family_name_first (void)
{
  static const struct {
    const char *head;
    const char *names;
  } cases[] = {
    { "<meta name=\"citation_author\" content=\"Doe, Jane\">"
      "<meta name=\"citation_author\" content=\"Roe, John A.\">", "Jane Doe; John A. Roe" },
    { "<meta name=\"citation_author\" content=\"van der Berg, Jan\">", "Jan van der Berg" },
    { "<meta name=\"citation_author\" content=\"Doe, Jane, PhD\">", "Jane Doe" },
    /* two people, not one turned round */
    { "<meta name=\"dc.creator\" content=\"Jane Doe, John Roe\">", "Jane Doe; John Roe" },
    { "<meta name=\"dc.creator\" content=\"Jane Doe, MD\">", "Jane Doe" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *page = g_strdup_printf (
          "<html lang=\"en\"><head><title>Trial results</title>%s</head><body>"
          "<h1>Trial results</h1><p>The trial enrolled four hundred patients at twelve sites and "
          "followed them for two years after the first dose.</p></body></html>", cases[i].head);
      g_autoptr(WinnowDocument) doc = test_run_pipeline ("byline trust-meta=true", "text/html", page);

      g_test_message ("%s", cases[i].head);
      assert_names (doc, cases[i].names);
    }
}

static void
test_meta (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "meta.html");

  assert_names (doc, "Peter O'Neill");
  /* article:author holds a profile URL: it is the author's url, not a name. */
  assert_field (doc, 0, "url", "https://www.facebook.com/peter.oneill.garden");
  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2019-05-14T08:00:00+00:00");
  g_assert_cmpstr (meta (doc, WINNOW_META_UPDATED), ==, "2020-01-02T08:00:00+00:00");
}

static void
test_meta_not_visible (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "meta-hidden.html");
  g_autoptr(WinnowDocument) trusting = run_fixture ("byline trust-meta=true", "meta-hidden.html");

  /* The developer in the author meta never shows in the page. */
  assert_names (doc, "");
  g_assert_null (meta (doc, WINNOW_META_BYLINE));
  /* Unless the user says to believe meta tags. */
  assert_names (trusting, "Jordan Blake");
}

/* On an article (it has a publication date), an unseen meta author who
 * looks like a person is believed; the site or a company is not. */
static void
test_meta_unseen_person (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "meta-article.html");
  g_autoptr(WinnowDocument) org = run_fixture ("byline", "meta-org.html");

  assert_names (doc, "Helena Marsh");
  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2024-03-12T08:30:00+00:00");
  assert_names (org, "");
  g_assert_cmpstr (meta (org, WINNOW_META_DATE), ==, "2024-11-02");
}

/* A product's page names reviewers, not an author. */
static void
test_product_page (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "product.html");

  assert_names (doc, "");
}

static void
test_markup (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "markup.html");
  g_autofree char *names = test_author_names (doc);

  /* Both authors of the byline, none from the related list or comments. */
  g_assert_cmpstr (names, ==, "Anna Lindqvist; Tomás Ruiz");
  g_assert_null (strstr (names, "Oliver"));
  g_assert_null (strstr (names, "Gerald"));
  /* The date of the byline, not of the comment. */
  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2022-08-17T06:45:00+02:00");
  g_assert_nonnull (find_span (doc, "AUTHOR", "Anna Lindqvist"));
  g_assert_nonnull (find_span (doc, "AUTHOR", "Tomás Ruiz"));
}

/* The links a byline's names are: each author's page, resolved against
 * the page's address, or an e-mail address. */
static void
test_markup_profile_links (void)
{
  static const char page[] =
    "<html lang=\"en\"><head><title>Senate passes budget deal</title>"
    "<link rel=\"canonical\" href=\"https://news.example.com/2023/06/05/politics/budget.html\">"
    "</head><body><h1>Senate passes budget deal</h1>"
    "<div class=\"byline\">By <a href=\"/profiles/jake-tapper\">Jake Tapper</a>, "
    "<a href=\"mailto:dana.bash@example.com\">Dana Bash</a> and "
    "<a href=\"https://other.example.org/staff/lee\">Mina Lee</a></div>"
    "<p>The Senate passed a sweeping budget deal late Sunday after a marathon session, sending "
    "the measure to the president's desk hours before the deadline.</p></body></html>";
  g_autoptr(WinnowDocument) doc = run_on ("byline", "text/html", page);

  assert_names (doc, "Jake Tapper; Dana Bash; Mina Lee");
  assert_field (doc, 0, "url", "https://news.example.com/profiles/jake-tapper");
  assert_field (doc, 1, "url", NULL);
  assert_field (doc, 1, "email", "dana.bash@example.com");
  assert_field (doc, 2, "url", "https://other.example.org/staff/lee");
}

/* A byline in unmarked text whose name links to an e-mail address: the
 * address is the author's; a "Contact us" link is nobody's. */
static void
test_mailto_in_plain_byline (void)
{
  static const char page[] =
    "<html lang=\"en\"><head><title>Senate passes budget deal</title></head><body>"
    "<h1>Senate passes budget deal</h1>"
    "<p>By <a href=\"mailto:dana.bash@example.com?subject=Budget\">Dana Bash</a> and Jake Tapper</p>"
    "<p>June 5, 2023</p>"
    "<p>The Senate passed a sweeping budget deal late Sunday after a marathon session, sending "
    "the measure to the president's desk hours before the deadline.</p>"
    "<p><a href=\"mailto:desk@example.com\">Contact us</a></p></body></html>";
  g_autoptr(WinnowDocument) doc = run_on ("byline", "text/html", page);

  assert_names (doc, "Dana Bash; Jake Tapper");
  assert_field (doc, 0, "email", "dana.bash@example.com");
  assert_field (doc, 1, "email", NULL);
}

static void
test_markup_single_name (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "forum.html");

  /* A user name in author markup is an author. */
  assert_names (doc, "starwatcher42");
}

static void
test_markup_thread (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "thread.html");

  /* The first post's author started the thread; the repliers did not
   * write the page. */
  assert_names (doc, "starwatcher42");
}

static void
test_markup_junk (void)
{
  static const char page[] =
    "<html lang=\"en\"><head><title>t</title></head><body><h1>Startups raise money</h1>"
    "<div class=\"post-byline\">5 Minutes Ago <a class=\"author-name\">Jon Russell</a> "
    "<a href=\"mailto:jon@example.com\">Email The Author</a></div>"
    "<p>Startups in the region raised more money this quarter than in any quarter before, investors said on Monday in a report.</p>"
    "</body></html>";
  g_autoptr(WinnowDocument) doc = run_on ("byline", "text/html", page);

  assert_names (doc, "Jon Russell");
}

static void
test_listing (void)
{
  g_autoptr(WinnowDocument) doc = run_fixture ("byline", "listing.html");

  /* A list of articles by different people names no author of the page. */
  assert_names (doc, "");
}

typedef struct {
  const char *line;
  const char *names;
  const char *affiliation;
} TextCase;

/* Runs each case's line between @head and @tail (plain text) and checks
 * the names and the affiliation read. */
static void
check_text_cases (const char     *head,
                  const char     *tail,
                  const TextCase *cases,
                  guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = g_strconcat (head, cases[i].line, tail, NULL);
      g_autoptr(WinnowDocument) doc = run_on_text (text);
      g_autofree char *names = test_author_names (doc);

      g_test_message ("%s", cases[i].line);
      g_assert_cmpstr (names, ==, cases[i].names);
      g_assert_cmpstr (meta (doc, WINNOW_META_AFFILIATION), ==, cases[i].affiliation);
    }
}

static void
test_text_prefixes (void)
{
  static const TextCase cases[] = {
    { "By Jane Doe", "Jane Doe", NULL },
    { "BY JANE DOE", "Jane Doe", NULL },
    { "Written by Jane Doe and John Roe", "Jane Doe; John Roe", NULL },
    { "Von Hans Müller und Eva Schmidt", "Hans Müller; Eva Schmidt", NULL },
    { "Par Jean-Luc Mélenchon et Marie Dupont", "Jean-Luc Mélenchon; Marie Dupont", NULL },
    { "Por María García y José López", "María García; José López", NULL },
    { "Door Jan de Vries", "Jan de Vries", NULL },
    { "By Amy Lee, Raj Patel & Chen Wei", "Amy Lee; Raj Patel; Chen Wei", NULL },
    { "Story by Kim Hong-kyun", "Kim Hong-kyun", NULL },
    { "Opinion by Jane Doe", "Jane Doe", NULL },
    { "Texte : Jean Dupont", "Jean Dupont", NULL },
    /* full-width colons as CJK text writes them */
    { "作者：李四", "李四", NULL },
    { "记者 张三", "张三", NULL },
    { "文：山田太郎", "山田太郎", NULL },
    { "By David F. Helvey", "David F. Helvey", NULL },
    /* A maiden name or a nickname in brackets is part of the name; an
     * agency or an acronym in brackets is not. */
    { "By Paramita (Guha) Ghosh", "Paramita (Guha) Ghosh", NULL },
    { "By Robert (Bob) Jones and Amy Lee", "Robert (Bob) Jones; Amy Lee", NULL },
    { "By Tom Hale (Reuters) Jan 5, 2024", "Tom Hale", "Reuters" },
    { "ByDaryl Austin", "Daryl Austin", NULL },
    { "By Mark Brown", "Mark Brown", NULL },
    { "By Matthew Richardson ⋅ Review Editor ⋅ Updated November 18, 2025", "Matthew Richardson", NULL },
    /* Affiliation glued to the name. */
    { "By Levi Parsons For Daily Mail Australia", "Levi Parsons", "Daily Mail Australia" },
    /* Agencies are affiliations, not persons. */
    { "By Tom Hale, Reuters", "Tom Hale", "Reuters" },
    /* The names' employer after a comma, a bar or a dash is the
     * affiliation, not an author; a desk stays an author. */
    { "By Jake Tapper and Dana Bash, CNN", "Jake Tapper; Dana Bash", "CNN" },
    /* an agency glued to the last name, or its desk */
    { "By JOSH BOAK and FATIMA HUSSEIN Associated Press", "Josh Boak; Fatima Hussein",
      "Associated Press" },
    { "By Jane Doe, CNN Business", "Jane Doe", "CNN Business" },
    { "By Jane Doe, AP Science Writer", "Jane Doe", NULL },
    { "By Jane Doe, The Washington Post", "Jane Doe", "The Washington Post" },
    { "By Jane Doe | Bloomberg News", "Jane Doe", "Bloomberg News" },
    /* "at" before a time is no employer's */
    { "Posted by Jane Doe at 3:41 PM", "Jane Doe", NULL },
    { "By Jane Doe at Reuters", "Jane Doe", "Reuters" },
    { "By Jane Doe, MD", "Jane Doe", NULL },
    { "By Jane Doe, FOMA", "Jane Doe", NULL },
    { "By Jane Doe, CEO", "Jane Doe", NULL },
    { "By Associated Press", "", "Associated Press" },
    /* A firm named beside a person is no co-author. */
    { "By Jane Roe and Weissman Electric", "Jane Roe", NULL },
    { "By Jane Roe, Ovolo Collective", "Jane Roe", "Ovolo Collective" },
    /* Credentials are stripped. */
    { "By Dylan Bailey, MS, RD", "Dylan Bailey", NULL },
    { "By Jane Doe MA", "Jane Doe", NULL },
    /* ...but a surname written like one is no degree. */
    { "By Rui Ma and Heba Ledwon", "Rui Ma; Heba Ledwon", NULL },
    /* "by" inside a name is part of it. */
    { "By ABBY KIRBY", "Abby Kirby", NULL },
    /* A team's name goes on to its team word; a person's does not. */
    { "By SolutionsHub Editorial Team", "SolutionsHub Editorial Team", NULL },
    { "By John Smith Editorial Staff", "John Smith", NULL },
  };

  check_text_cases ("Council votes on budget\n",
                    "\nThe council met on Tuesday evening and voted on the budget for next year, "
                    "after a long debate about schools and roads.\n",
                    cases, G_N_ELEMENTS (cases));
}

static void
test_text_casing (void)
{
  static const TextCase cases[] = {
    { "BY URSULA VON DER LEYEN", "Ursula von der Leyen", NULL },
    { "BY SEAN O'BRIEN AND MARY MCDONALD", "Sean O'Brien; Mary McDonald", NULL },
    /* Mixed case is kept as written. */
    { "By danah boyd", "", NULL },
    { "By Mary MacLeod", "Mary MacLeod", NULL },
    /* Korean and Chinese given names keep their second syllable low
     * ("Kyung-soo", "Ing-wen"); other hyphenated names do not. */
    { "BY CHANG KYUNG-SOO", "Chang Kyung-soo", NULL },
    { "BY KIM HONG-KYUN AND TSAI ING-WEN", "Kim Hong-kyun; Tsai Ing-wen", NULL },
    { "BY JEAN-LUC MÉLENCHON", "Jean-Luc Mélenchon", NULL },
    { "BY KAI-UWE LEE", "Kai-Uwe Lee", NULL },
    { "BY MARY-ANN SONG", "Mary-Ann Song", NULL },
    /* "SEO" is a job too, but not before a Korean given name */
    { "BY SEO JI-EUN [seo.jieun@joongang.co.kr]", "Seo Ji-eun", NULL },
    /* an agency in capitals as its list writes it */
    { "BY SEO JI-EUN, YONHAP", "Seo Ji-eun", "Yonhap" },
    { "BY JANE DOE, ASSOCIATED PRESS", "Jane Doe", "Associated Press" },
    { "BY JANE DOE, AP", "Jane Doe", "AP" },
    { "BY ANDREW NG", "Andrew Ng", NULL },
  };

  check_text_cases ("A headline of the day\n", "\n", cases, G_N_ELEMENTS (cases));
}

static void
test_text_roles (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Rents rise again\nBy Maria Lopez, Senior Reporter\nRents rose again in March.\n");
  g_autoptr(WinnowDocument) titled =
    run_on_text ("Rents rise again\nBy Sarah Connor Staff Writer\nRents rose again in March.\n");

  assert_names (doc, "Maria Lopez");
  assert_role (doc, 0, "Senior Reporter");
  /* a credit to another after the names is neither an author nor a job */
  {
    g_autoptr(WinnowDocument) credited =
      run_on_text ("Rents rise again\nWords by Maria Lopez, photos by John Roe\nRents rose again in March.\n");

    assert_names (credited, "Maria Lopez");
    assert_role (credited, 0, NULL);
  }
  /* A job title is never taken for a name. */
  assert_names (titled, "Sarah Connor");
  /* The job on the line under the byline, or under its date; not a line
   * that merely starts with a job word. */
  {
    g_autoptr(WinnowDocument) below =
      run_on_text ("Rents rise again\nBy Elaine Chen\nDec. 18, 2025\nNational Biotech Reporter\n"
                   "Rents rose again in March, and the council met on Tuesday to discuss what "
                   "it could do about it.\n");
    g_autoptr(WinnowDocument) not_a_job =
      run_on_text ("Rents rise again\nBy Elaine Chen\nHealth news for today\n"
                   "Rents rose again in March, and the council met on Tuesday to discuss what "
                   "it could do about it.\n");

    assert_names (below, "Elaine Chen");
    assert_role (below, 0, "National Biotech Reporter");
    assert_names (not_a_job, "Elaine Chen");
    assert_role (not_a_job, 0, NULL);
  }

  /* A name line with no By word keeps the job after it too (whether
   * such a weak candidate is reported is the scorer's to say: any
   * candidate is, here). */
  {
    g_autoptr(WinnowDocument) separated =
      test_run_pipeline ("byline min-confidence=0.01", "text/plain",
                         "Rents rise again\nMark SubbaRao | Guest Columnist\nJune 5, 2024\n"
                         "Rents rose again in March.\n");

    assert_names (separated, "Mark SubbaRao");
    assert_role (separated, 0, "Guest Columnist");
  }
}

/* Credentials come off the name and are kept as a field of their own:
 * set off by commas or not, after each of several names, from a tag's
 * value and from JSON-LD's honorificSuffix. */
static void
test_credentials (void)
{
  static const struct {
    const char *content_type;
    const char *data;
    const char *names;
    const char *credentials[2];
  } cases[] = {
    { "text/plain", "Sleep and the brain\nBy Jane Doe, PhD, and John Roe, MD\nMarch 3, 2024\n"
      "Sleep clears the brain of waste, a study of mice and men says.\n",
      "Jane Doe; John Roe", { "PhD", "MD" } },
    { "text/plain", "Sleep and the brain\nBy Dylan Bailey MS RD\nMarch 3, 2024\n"
      "Sleep clears the brain of waste, a study of mice and men says.\n",
      "Dylan Bailey", { "MS RD" } },
    /* each once, and "MD" is not "DMD" */
    { "text/plain", "Sleep and the brain\nBy Ann Lee, DMD, MD, DMD\nMarch 3, 2024\n"
      "Sleep clears the brain of waste, a study of mice and men says.\n",
      "Ann Lee", { "DMD, MD" } },
    { "text/html", "<html><head><title>Sleep and the brain</title>"
      "<meta name='author' content='Jillian Kubala, MS, RD'></head><body>"
      "<h1>Sleep and the brain</h1><p>By Jillian Kubala</p>"
      "<p>Sleep clears the brain of waste, a study of mice and men says.</p></body></html>",
      "Jillian Kubala", { "MS, RD" } },
    { "text/html", "<html><head><title>Sleep and the brain</title>"
      "<script type='application/ld+json'>{\"@type\": \"Article\", \"author\": {\"@type\": "
      "\"Person\", \"name\": \"Shelby Loos\", \"honorificSuffix\": \"DVM\"}}</script></head>"
      "<body><h1>Sleep and the brain</h1><p>By Shelby Loos</p>"
      "<p>Sleep clears the brain of waste, a study of mice and men says.</p></body></html>",
      "Shelby Loos", { "DVM" } },
    /* none written, none reported */
    { "text/plain", "Sleep and the brain\nBy Maria Lopez\nMarch 3, 2024\n"
      "Sleep clears the brain of waste, a study of mice and men says.\n",
      "Maria Lopez", { NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(WinnowDocument) doc = run_on ("byline", cases[i].content_type, cases[i].data);

      g_test_message ("%s", cases[i].data);
      assert_names (doc, cases[i].names);
      for (guint k = 0; k < G_N_ELEMENTS (cases[i].credentials); k++)
        if (k == 0 || cases[i].credentials[k] != NULL)
          assert_field (doc, k, "credentials", cases[i].credentials[k]);
    }
}

/* A job title keeps its own "and" and "&", and its first word even where
 * that word would be a menu's junk before a name; a desk's name
 * ("Staff Writer") after a person is that person's job. */
static void
test_text_roles_joined (void)
{
  static const struct {
    const char *line;
    const char *names;
    const char *roles[2];
  } cases[] = {
    { "By Brett Cruz, Privacy and Digital Security Expert & Gene Petrino, Home Security Expert",
      "Brett Cruz; Gene Petrino", { "Privacy and Digital Security Expert", "Home Security Expert" } },
    { "By Jane Doe, Health and Science Reporter", "Jane Doe", { "Health and Science Reporter" } },
    { "By Brett Cruz, Senior Writer & Gene Petrino, Staff Writer", "Brett Cruz; Gene Petrino",
      { "Senior Writer", "Staff Writer" } },
    { "By Ann Lee, Sports and Gene Petrino, Staff Writer", "Ann Lee; Gene Petrino",
      { "Sports", "Staff Writer" } },
    /* the line goes on with the byline's date: no name, no part of a title */
    { "By Brett Cruz, Senior Writer & Gene Petrino, Home Security Expert Last Updated on "
      "Mar 11, 2026", "Brett Cruz; Gene Petrino", { "Senior Writer", "Home Security Expert" } },
    { "By Jane Doe, Senior Writer June 5, 2024", "Jane Doe", { "Senior Writer" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("Rents rise again\n%s\nRents rose again in March "
                                               "and the council met to discuss it.\n",
                                               cases[i].line);
      g_autoptr(WinnowDocument) doc = run_on_text (text);

      g_test_message ("%s", cases[i].line);
      assert_names (doc, cases[i].names);
      for (guint k = 0; k < G_N_ELEMENTS (cases[i].roles) && cases[i].roles[k] != NULL; k++)
        assert_role (doc, k, cases[i].roles[k]);
    }
  {
    g_autoptr(WinnowDocument) desk =
      run_on_text ("Rents rise again\nBy Staff Writer\nRents rose again in March.\n");
    g_assert_cmpstr (meta (desk, WINNOW_META_AFFILIATION), ==, "Staff Writer");
  }
}

/* A line of names and the job of writing the news is a byline with no
 * By word, whatever the first names, dated or not; other jobs ("CEO", a
 * staff list's) and a title that holds a writer's word are not. */
static void
test_text_writing_job (void)
{
  static const struct {
    const char *lines;
    const char *names;
    const char *role;
  } cases[] = {
    { "Manoj Jain and Jagpreet Chhatwal | Guest Columnists\n", "Manoj Jain; Jagpreet Chhatwal",
      "Guest Columnists" },
    { "Jane Doe \xe2\x80\x94 Staff Writer\nJune 5, 2024\n", "Jane Doe", "Staff Writer" },
    { "Nicole Minard | CEO\n", "", NULL },
    { "Ansible Collections Contributor Guide\n", "", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text =
        g_strdup_printf ("How meditation changes the brain\n%sMeditation is an ancient practice "
                         "that cuts across faith traditions, and researchers are now beginning "
                         "to explore how it shapes the brain and the body.\nStudies show that "
                         "it reduces stress, blood pressure and anxiety over time.\n",
                         cases[i].lines);
      g_autoptr(WinnowDocument) doc = run_on_text (text);

      g_test_message ("%s", cases[i].lines);
      assert_names (doc, cases[i].names);
      if (cases[i].role != NULL)
        for (guint k = 0; k < g_variant_n_children (winnow_document_get_authors (doc)); k++)
          assert_role (doc, k, cases[i].role);
    }
}

/* A standfirst may end with its byline; a sentence that starts with
 * "By" is no byline. */
static void
test_text_closing_by (void)
{
  static const TextCase cases[] = {
    { "The chain is positioning for growth beyond the U.S. and Canada. By Lisa Jennings on "
      "Dec. 19, 2025", "Lisa Jennings", NULL },
    { "Rents rose again in March, the third rise this year. By Maria Lopez and Sam Reed, "
      "April 2, 2025", "Maria Lopez; Sam Reed", NULL },
    { "The storm hit the coast on Friday. By Sunday, the storm had passed.", "", NULL },
    { "The storm hit the coast on Friday. By the time help came, the roads were closed.", "", NULL },
  };

  check_text_cases ("Rents rise again\n",
                    "\nRents rose again in March and the council met to discuss it.\n",
                    cases, G_N_ELEMENTS (cases));

  /* An undated credit further down is a sidebar's, not the article's. */
  {
    g_autoptr(GString) page = g_string_new ("Fitness equipment repair\n");
    g_autoptr(WinnowDocument) doc = NULL;
    g_autofree char *names = NULL;

    for (guint i = 0; i < 6; i++)
      g_string_append (page, "We repair treadmills, bikes and weight machines for clubs and gyms, "
                             "and we keep them running between visits.\n");
    g_string_append (page, "Survival, Education and Products Worldwide. By Dan Shrigley.\n"
                           "Home\nContact\n");
    doc = run_on_text (page->str);
    names = test_author_names (doc);
    g_assert_cmpstr (names, ==, "");
  }
}

/* A signature closes an article: the name, then the person's e-mail
 * address alone on the next line. (A press contact's lines under "Media
 * inquiries:" are no signature: test-byline-features.c.) */
static void
test_text_signature (void)
{
  g_autoptr(GString) article = g_string_new ("Headphones worth a listen\nJune 5, 2024\n");
  g_autoptr(WinnowDocument) doc = NULL;

  for (guint i = 0; i < 6; i++)
    g_string_append (article, "I listened to each pair for a week, on trains and at my desk, "
                              "with music I know well.\n");
  g_string_append (article, ". . . Brent Butterworth\nbrentb@soundstagenetwork.com\nRelated\n");
  doc = run_on_text (article->str);

  assert_names (doc, "Brent Butterworth");
  assert_field (doc, 0, "email", "brentb@soundstagenetwork.com");
  g_assert_nonnull (find_span (doc, "EMAIL", "brentb@soundstagenetwork.com"));
}

/* A sentence's full stop after a name is no part of it; an initial's
 * and a suffix's are. */
static void
test_text_name_full_stop (void)
{
  static const TextCase cases[] = {
    { "By Dan Shrigley.", "Dan Shrigley", NULL },
    { "By David F.", "David F.", NULL },
    { "By John Smith Jr.", "John Smith Jr.", NULL },
  };

  check_text_cases ("Rents rise again\n",
                    "\nRents rose again in March and the council met to discuss what to do.\n",
                    cases, G_N_ELEMENTS (cases));
}

static void
test_text_not_bylines (void)
{
  static const char *lines[] = {
    "By clicking Subscribe you agree to our Terms of Use and Privacy Policy",
    "By signing up, you agree to receive emails from Acme Corp",
    "Photo by Jane Doe",
    "Reviewed by Dr. Alan Grant",
    "By Sunday, the storm had passed.",
    "Step by Step Guide",
    "By Use Case",
    "By using VS Code",
    "by visiting Grand Canyon Village",
  };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *text = g_strdup_printf ("Something happened today\n%s\n", lines[i]);
      g_autoptr(WinnowDocument) doc = run_on_text (text);

      g_test_message ("%s", lines[i]);
      assert_names (doc, "");
    }
}

typedef struct {
  const char *text;
  const char *names;
  const char *date;
} LinesCase;

static void
test_text_lines (void)
{
  /* Bylines that a flattened page spreads over lines or writes without a
   * prefix. */
  static const LinesCase cases[] = {
    { "How to work with AI agents\nBy\nMatt Eland on Dec. 13, 2025\n", "Matt Eland", "2025-12-13" },
    { "Video production 101\nAuthor\nIsaiah Shelton\nUpdated on\nApril 19, 2025\n", "Isaiah Shelton", "2025-04-19" },
    { "51 tools every electrician needs\nTom Talbot October 14, 2025\n", "Tom Talbot", "2025-10-14" },
    { "Mobile apps explained\nTuhin Bhatt\nCo-founder of Intelivita\nLast updated on June 19, 2025\n",
      "Tuhin Bhatt", "2025-06-19" },
    /* the post's categories between them */
    { "Web design trends to expect\nSelin Romano\nonElementorInspirationWeb Design\nNov 20, 2025\n",
      "Selin Romano", "2025-11-20" },
    /* a reviewer's credit between them */
    { "Online tutoring platforms\nYaren Fadiloglulari\nreviewed by Jo-ann Caballes\n"
      "Updated on November 18, 2025\n", "Yaren Fadiloglulari", "2025-11-18" },
    { "Keeping a network safe\nTrevor Jackins\n9 min read\nOctober 8, 2025\n", "Trevor Jackins", "2025-10-08" },
    { "A guide to skin care\nAudrey Huang, Print Managing Editor\nMay 31, 2024\n", "Audrey Huang", "2024-05-31" },
    { "Rental cars rated\nFaith Katunga\xe2\x80\xa2Oct 20, 2025\n", "Faith Katunga", "2025-10-20" },
    { "The best records of the year\nPatrick Clarke Published 10:19am 19 December 2025\n", "Patrick Clarke", "2025-12-19T10:19:00" },
    { "Audiobooks compared\nKristian Larsen July 13, 2025 \xe2\x80\x94 7 minutes read\n", "Kristian Larsen", "2025-07-13" },
    { "Understanding web design\nby Jeffrey ZeldmanNovember 20, 2007\n", "Jeffrey Zeldman", "2007-11-20" },
    /* a theme's published and updated dates glued before the name */
    { "Travel insurance for yoga retreats\nSeptember 1, 2016September 8, 2016Autumn Adams\n",
      "Autumn Adams", "2016-09-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strconcat (cases[i].text,
                                           "The article starts here and goes on for a while, "
                                           "explaining what it is about in plain words.\n", NULL);
      g_autoptr(WinnowDocument) doc = run_on_text (text);

      g_test_message ("%s", cases[i].text);
      assert_names (doc, cases[i].names);
      g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, cases[i].date);
    }
}

/* The article's own "By" line stands over a list of related stories,
 * each with its author and date. */
static void
test_text_own_over_related (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Why tutoring has not worked better\nBy Sarah Stone\n"
                 "The article starts here and goes on for a while, explaining what it is about in plain words.\n"
                 "It ends a few sentences later, with a look at what schools may try next year.\n"
                 "Related\nGreg Askew\nMarch 3, 2024\nDavid Trevor\nMarch 5, 2024\n"
                 "Lena Park\nMarch 9, 2024\n");

  assert_names (doc, "Sarah Stone");
}

/* A forum thread's author is its starter, a user name. */
static void
test_text_thread_starter (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Buying an office suite\nThread starter paulb203\nStart date Oct 8, 2024\n"
                 "I want to buy the suite once, without a subscription, and wonder where to get it.\n");
  g_autoptr(WinnowDocument) other =
    run_on_text ("Best hosts this year\nDiscussion in 'Hosting Advice' started by pelex, May 26, 2025.\n"
                 "I have tried several hosts this year and want to share what I learned from them.\n");

  assert_names (doc, "paulb203");
  assert_names (other, "pelex");
}

/* A thread's start date is the page's, however many replies fall on
 * another day. */
static void
test_text_thread_start_date (void)
{
  static const char replies[] =
    "Jan 12, 2024\nI bought one last week and it works well enough for me.\n"
    "Jan 12, 2024\nSame here, no trouble at all so far with mine.\n"
    "Jan 12, 2024\nMine broke after a day, so I sent it back to the shop.\n"
    "Jan 12, 2024\nThat happens; the second one I got has been fine ever since.\n"
    "Jan 12, 2024\nI still use my old one from ten years ago.\n"
    "Jan 12, 2024\nPhones are good enough for most people now.\n"
    "Jan 12, 2024\nNot for birds in flight, they are not.\n";
  g_autofree char *xenforo =
    g_strconcat ("Cameras as a status symbol\nThread starter Kevin\nWikiPost\nStart date Jan 10, 2024\n"
                 "Kevin\nJan 10, 2024\nWho knows, maybe this will help sales of cameras this year.\n",
                 replies, NULL);
  g_autofree char *started =
    g_strconcat ("Cameras as a status symbol\nDiscussion in 'Cameras' started by pelex, Jan 10, 2024.\n"
                 "Who knows, maybe this will help sales of cameras this year.\n", replies, NULL);
  g_autoptr(WinnowDocument) doc = run_on_text (xenforo);
  g_autoptr(WinnowDocument) other = run_on_text (started);

  assert_names (doc, "Kevin");
  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2024-01-10");
  assert_names (other, "pelex");
  g_assert_cmpstr (meta (other, WINNOW_META_DATE), ==, "2024-01-10");
}

/* A user name alone on a By line, then the post's date and categories:
 * the date is the post's, not that of the comments below it. */
static void
test_text_single_name_line_date (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Ten things I wish I knew before learning embedded systems\n"
                 "By: ShawnHymel | December 16, 2025 | Categories: Uncategorized\n"
                 "As I look back on twenty years of embedded work, here is what I learned along the way.\n"
                 "Arduino gets a bad name in some circles, but it is a fine way to start with the hardware.\n"
                 "2 comments\nDecember 17, 2025 at 11:31 pm\n"
                 "Great post, thanks a lot for sharing all of this with us.\n"
                 "December 18, 2025 at 1:14 pm\nI agree with all of it.\n");

  assert_names (doc, "ShawnHymel");
  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2025-12-16");
  g_assert_nonnull (find_span (doc, "DATE", "December 16, 2025"));
}

static void
test_text_reuters (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Oil prices climb\nLONDON (Reuters) - Oil prices climbed on Monday as supply worries grew.\n"
                 "Reporting by Jane Doe and John Roe in London; Editing by Bob Smith\n");

  assert_names (doc, "Jane Doe; John Roe");
  g_assert_cmpstr (meta (doc, WINNOW_META_AFFILIATION), ==, "Reuters");

  /* each reporter with a place; the place ends no list that "and" goes
   * on with */
  {
    g_autoptr(WinnowDocument) placed =
      run_on_text ("Oil prices climb\nLONDON (Reuters) - Oil prices climbed on Monday as supply worries grew.\n"
                   "(Reporting by Jane Doe in London and Sam Roe in Singapore; Editing by Bob Smith)\n");

    assert_names (placed, "Jane Doe; Sam Roe");
  }
}

static void
test_text_korean (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("북한 미사일 발사\n홍길동 기자\n북한이 7일 미사일을 발사했다고 합동참모본부가 밝혔다.\n");

  assert_names (doc, "홍길동");
  assert_role (doc, 0, "기자");
}

/* One address after several names goes to the name it spells. */
static void
test_text_email_owner (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Allies vow to pressure the North\n"
                 "BY KIM HONG-KYUN, PARK JI-HYE [kim.hongkyun@joongang.co.kr]\n"
                 "The three countries agreed on Friday to work together on sanctions, officials said "
                 "after the meeting in Seoul.\n");

  assert_names (doc, "Kim Hong-kyun; Park Ji-hye");
  assert_field (doc, 0, "email", "kim.hongkyun@joongang.co.kr");
  assert_field (doc, 1, "email", NULL);
}

static void
test_text_dateline_agency (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Quake shakes capital\n"
                 "TOKYO (AP) — A strong earthquake shook the capital on Friday, but no damage was reported.\n");

  assert_names (doc, "");
  g_assert_cmpstr (meta (doc, WINNOW_META_AFFILIATION), ==, "AP");
}

typedef struct {
  const char *line;
  const char *date;
} DateCase;

static void
test_dates (void)
{
  static const DateCase cases[] = {
    { "Published: 07.07.2017", "2017-07-07" },
    { "Published 2017년 7월 7일", "2017-07-07" },
    { "Published 2017年7月7日", "2017-07-07" },
    { "Published: July 7, 2017", "2017-07-07" },
    { "Published 7 July 2017", "2017-07-07" },
    { "Veröffentlicht am 7. Juli 2017", "2017-07-07" },
    { "Publié le 7 juillet 2017", "2017-07-07" },
    { "Publicado el 7 de julio de 2017", "2017-07-07" },
    { "Published 2017-07-07T10:30:00Z", "2017-07-07T10:30:00+00:00" },
    { "Published Mon June 5, 2023 3:41 PM EDT", "2023-06-05T15:41:00-04:00" },
    { "Updated 3:41 PM EDT, Mon June 5, 2023", "2023-06-05T15:41:00-04:00" },
    /* times in other forms and scripts */
    { "Published 2017년 7월 7일 오후 2:32", "2017-07-07T14:32:00" },
    { "Published 2017年7月7日 14時32分", "2017-07-07T14:32:00" },
    { "Published 7 July 2017 • 14:32 BST", "2017-07-07T14:32:00+01:00" },
    { "Published Fri 7 Jul 2017 14.32 BST", "2017-07-07T14:32:00+01:00" },
    { "Published 7 July 2017 10.5", "2017-07-07" },
    /* US zones that leave summer unsaid: the date decides */
    { "Published Jul 7, 2017 at 2:32 p.m. ET", "2017-07-07T14:32:00-04:00" },
    { "Published Jan 7, 2017 at 2:32 p.m. ET", "2017-01-07T14:32:00-05:00" },
    { "Published Nov 6, 2005 9:00 AM PT", "2005-11-06T09:00:00-08:00" },
    { "Published Oct 29, 2005 9:00 AM PT", "2005-10-29T09:00:00-07:00" },
    /* a zone is written in capitals: "ist" is German */
    { "Veröffentlicht am 7. Juli 2017, 14:32 ist", "2017-07-07T14:32:00" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("A headline of the day\n%s\n"
                                               "The first paragraph of the article tells what happened and where.\n",
                                               cases[i].line);
      g_autoptr(WinnowDocument) doc = run_on_text (text);

      g_test_message ("%s", cases[i].line);
      g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, cases[i].date);
    }
}

static void
test_dates_publication_over_update (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Bridge reopens\nBy Jane Doe\nPublished July 1, 2020\nUpdated July 5, 2020\n"
                 "The bridge reopened on Wednesday after two years of repairs.\n");

  g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2020-07-01");
  g_assert_cmpstr (meta (doc, WINNOW_META_UPDATED), ==, "2020-07-05");
  g_assert_nonnull (find_span (doc, "DATE", "July 1, 2020"));
}

/* Publication and update on one line, in either order and language. */
static void
test_dates_one_line (void)
{
  static const struct {
    const char *line;
    const char *date;
    const char *updated;
  } cases[] = {
    { "Published July 1, 2020 | Updated July 5, 2020", "2020-07-01", "2020-07-05" },
    { "Updated July 5, 2020 | Published July 1, 2020", "2020-07-01", "2020-07-05" },
    { "Publié le 1 juillet 2020 à 14h32, mis à jour le 5 juillet 2020 à 09h10",
      "2020-07-01T14:32:00", "2020-07-05T09:10:00" },
    { "Veröffentlicht am 01.07.2020 | Aktualisiert am 05.07.2020", "2020-07-01", "2020-07-05" },
    { "Pubblicato il 1 luglio 2020 alle ore 14:32", "2020-07-01T14:32:00", NULL },
    /* German "Stand" (as of) is the update */
    { "01.07.2020 | Stand: 05.07.2020, 09:10 Uhr", "2020-07-01", "2020-07-05T09:10:00" },
    /* a line with only an update dates the page by it */
    { "Last Modified: July 5, 2020", "2020-07-05", "2020-07-05" },
    { "By Jane Doe, Updated July 5, 2020, 10:00 AM", "2020-07-05T10:00:00", "2020-07-05T10:00:00" },
    /* a label of several words in a By line */
    { "Par Jeanne Dupont | Mis à jour le 5 juillet 2020 à 09h10", "2020-07-05T09:10:00",
      "2020-07-05T09:10:00" },
    /* a second date that no label calls an update is not one */
    { "July 1, 2020 - Paris, July 5, 2020", "2020-07-01", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Bridge reopens\nBy Jane Doe\n%s\n"
          "The bridge reopened on Wednesday after two years of repairs.\n", cases[i].line);
      g_autoptr(WinnowDocument) doc = run_on_text (text);

      g_test_message ("%s", cases[i].line);
      g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, cases[i].date);
      g_assert_cmpstr (meta (doc, WINNOW_META_UPDATED), ==, cases[i].updated);
    }
}

/* Below a comments heading, dates are the comments': however many fall
 * on one day, the article's own date stands. */
static void
test_dates_comments_below (void)
{
  static const char *headings[] = { "COMMENTS", "12 Comments", "Leave a Reply" };

  for (guint i = 0; i < G_N_ELEMENTS (headings); i++)
    {
      g_autofree char *text = g_strdup_printf (
          "Food\nJuly 25, 2019\nThe best restaurants in Oklahoma City\nWritten by Kristin\n"
          "We have spent the equivalent of a month in Oklahoma City over five visits, and we know "
          "where to eat. The city has a food scene that few people outside the state have heard of, "
          "and it deserves far better than the little attention it gets.\n"
          "With so many visits over the past few years, we have eaten at many of its places. Here "
          "are the ones we go back to every time, from breakfast to a late dinner, and what to "
          "order when you get there, with the prices we paid on our last visit.\n"
          "%s\n"
          "July 26, 2019\nRob Ann\nWe were awestruck with the food scene there!\nReply\n"
          "July 26, 2019\nKristin\nWe only popped in for a quick beer.\nReply\n"
          "July 26, 2019\nTommy Croslin\nThe cafe in the Paseo is a must.\nReply\n"
          "July 26, 2019\nMary Jones\nThanks for the list, we will try them all.\nReply\n",
          headings[i]);
      g_autoptr(WinnowDocument) doc = run_on_text (text);

      g_test_message ("%s", headings[i]);
      g_assert_cmpstr (meta (doc, WINNOW_META_DATE), ==, "2019-07-25");
    }
}

static void
test_dates_implausible (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Old times\nPublished July 1, 1850\nThe town was founded long ago.\n");

  g_assert_null (meta (doc, WINNOW_META_DATE));
}

static void
test_ignore_names (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on ("byline ignore-names=\"Site Editor,Jane Doe\"", "text/plain",
            "Budget news\nBy Jane Doe\nThe budget passed.\n");

  assert_names (doc, "");
}

static void
test_label_only_when_filled (void)
{
  g_autoptr(WinnowDocument) doc =
    run_on_text ("Budget news\nBy Jane Doe - 5 min read - share this story with your friends on social media\n"
                 "The budget passed after a long night of talks.\n");
  g_autoptr(WinnowDocument) unlabelled =
    run_on ("byline label-block=false", "text/plain", "Budget news\nBy Jane Doe\nThe budget passed.\n");
  WinnowBlock *block;

  assert_names (doc, "Jane Doe");
  block = test_find_block (doc, "By Jane Doe");
  g_assert_cmpint (winnow_block_get_label (block), !=, WINNOW_BLOCK_LABEL_BYLINE);
  g_assert_nonnull (find_span (doc, "AUTHOR", "Jane Doe"));

  assert_names (unlabelled, "Jane Doe");
  block = test_find_block (unlabelled, "By Jane Doe");
  g_assert_cmpint (winnow_block_get_label (block), ==, WINNOW_BLOCK_LABEL_UNKNOWN);
}

static void
test_sources (void)
{
  /* Without the JSON-LD and meta stages, only the visible byline counts. */
  g_autoptr(WinnowDocument) doc = run_fixture ("byline sources=markup+text", "meta.html");
  g_autoptr(WinnowDocument) none = run_fixture ("byline sources=text", "json-ld.html");

  assert_names (doc, "Peter O'Neill");
  g_assert_null (meta (doc, WINNOW_META_DATE));
  g_assert_null (meta (none, WINNOW_META_UPDATED));
}

static void
test_properties (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(WinnowPipeline) pipeline =
    winnow_pipeline_new_from_string ("byline max-authors=1 min-score=2.5", &error);
  g_autoptr(WinnowReader) reader = winnow_reader_new ();
  g_autoptr(WinnowDocument) doc = NULL;
  GPtrArray *filters;
  gboolean trust;
  guint max;

  g_assert_no_error (error);
  filters = winnow_pipeline_get_filters (pipeline);
  g_object_get (filters->pdata[0], "trust-meta", &trust, "max-authors", &max, NULL);
  g_assert_false (trust);
  g_assert_cmpuint (max, ==, 1);

  winnow_reader_set_content_type (reader, "text/plain");
  doc = winnow_reader_read_text (reader, "News\nBy Jane Doe and John Roe\nText.\n", -1, "t", &error);
  g_assert_no_error (error);
  g_assert_true (winnow_pipeline_process (pipeline, doc, NULL, &error));
  g_assert_no_error (error);
  /* max-authors keeps the first. */
  assert_names (doc, "Jane Doe");

  /* A bad value is refused by the pipeline parser. */
  {
    g_autoptr(WinnowPipeline) bad = winnow_pipeline_new_from_string ("byline max-authors=0", &error);
    g_assert_null (bad);
    g_assert_error (error, WINNOW_PIPELINE_ERROR, WINNOW_PIPELINE_ERROR_BAD_VALUE);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/byline/seed", test_seed);
  g_test_add_func ("/byline/json-ld", test_json_ld);
  g_test_add_func ("/byline/json-ld/named-reference", test_json_ld_named_reference);
  g_test_add_func ("/byline/json-ld/person-over-organization", test_json_ld_person_over_organization);
  g_test_add_func ("/byline/json-ld/person-details", test_json_ld_person_details);
  g_test_add_func ("/byline/meta", test_meta);
  g_test_add_func ("/byline/meta/family-name-first", test_meta_family_name_first);
  g_test_add_func ("/byline/meta/not-visible", test_meta_not_visible);
  g_test_add_func ("/byline/meta/unseen-person", test_meta_unseen_person);
  g_test_add_func ("/byline/product-page", test_product_page);
  g_test_add_func ("/byline/markup", test_markup);
  g_test_add_func ("/byline/markup/profile-links", test_markup_profile_links);
  g_test_add_func ("/byline/markup/mailto-in-plain-byline", test_mailto_in_plain_byline);
  g_test_add_func ("/byline/markup/single-name", test_markup_single_name);
  g_test_add_func ("/byline/markup/thread", test_markup_thread);
  g_test_add_func ("/byline/markup/junk", test_markup_junk);
  g_test_add_func ("/byline/markup/listing", test_listing);
  g_test_add_func ("/byline/text/prefixes", test_text_prefixes);
  g_test_add_func ("/byline/text/casing", test_text_casing);
  g_test_add_func ("/byline/text/roles", test_text_roles);
  g_test_add_func ("/byline/text/roles-joined", test_text_roles_joined);
  g_test_add_func ("/byline/text/writing-job", test_text_writing_job);
  g_test_add_func ("/byline/credentials", test_credentials);
  g_test_add_func ("/byline/text/closing-by", test_text_closing_by);
  g_test_add_func ("/byline/text/name-full-stop", test_text_name_full_stop);
  g_test_add_func ("/byline/text/signature", test_text_signature);
  g_test_add_func ("/byline/text/not-bylines", test_text_not_bylines);
  g_test_add_func ("/byline/text/lines", test_text_lines);
  g_test_add_func ("/byline/text/own-over-related", test_text_own_over_related);
  g_test_add_func ("/byline/text/thread-starter", test_text_thread_starter);
  g_test_add_func ("/byline/text/single-name-line-date", test_text_single_name_line_date);
  g_test_add_func ("/byline/text/thread-start-date", test_text_thread_start_date);
  g_test_add_func ("/byline/text/reuters", test_text_reuters);
  g_test_add_func ("/byline/text/korean", test_text_korean);
  g_test_add_func ("/byline/text/email-owner", test_text_email_owner);
  g_test_add_func ("/byline/text/dateline-agency", test_text_dateline_agency);
  g_test_add_func ("/byline/dates", test_dates);
  g_test_add_func ("/byline/dates/publication-over-update", test_dates_publication_over_update);
  g_test_add_func ("/byline/dates/one-line", test_dates_one_line);
  g_test_add_func ("/byline/dates/comments-below", test_dates_comments_below);
  g_test_add_func ("/byline/dates/implausible", test_dates_implausible);
  g_test_add_func ("/byline/ignore-names", test_ignore_names);
  g_test_add_func ("/byline/label-only-when-filled", test_label_only_when_filled);
  g_test_add_func ("/byline/sources", test_sources);
  g_test_add_func ("/byline/properties", test_properties);

  return g_test_run ();
}
