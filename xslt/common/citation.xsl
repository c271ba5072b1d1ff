<?xml version="1.0" encoding="UTF-8"?>
<!--
  How to cite a page: the visible citation block, CSL-JSON and BibTeX downloads, and the citation_*
  (Highwire) and Dublin Core meta tags that reference managers such as Zotero read.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:t="urn:tei-edition:template"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:output name="json" method="json" indent="yes" encoding="UTF-8"/>
  <xsl:output name="text" method="text" encoding="UTF-8"/>

  <!-- The stable URL of a page: absolute when the site's base URL is configured. -->
  <xsl:function name="f:page-url" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="if ($base-url ne '') then replace($base-url, '/?$', '/') || $path else $path"/>
  </xsl:function>

  <!--
    A citation record: map { 'id', 'title', 'authors' (strings), 'date' (ISO or ''), 'path', 'kind' }.
  -->
  <xsl:function name="f:citation-text" as="xs:string">
    <xsl:param name="record" as="map(*)"/>
    <xsl:variable name="authors" select="string-join($record?authors, ', ')"/>
    <xsl:sequence select="string-join((
      ($authors[. ne ''] ! (. || '.')),
      '“' || $record?title || '”' || ($record?date[. ne ''] ! (' (' || . || ')')) || '.',
      'In: ' || $edition-title || ', version ' || $edition-version || '.',
      'tei-edition, ' || $edition-date || '.',
      f:page-url($record?path) || '.'), ' ')"/>
  </xsl:function>

  <xsl:template name="t:citation-meta">
    <xsl:param name="record" as="map(*)"/>
    <meta name="citation_title" content="{$record?title}"/>
    <xsl:for-each select="$record?authors"><meta name="citation_author" content="{.}"/></xsl:for-each>
    <xsl:if test="$record?date ne ''"><meta name="citation_date" content="{$record?date}"/></xsl:if>
    <meta name="citation_publication_date" content="{$edition-date}"/>
    <meta name="citation_inbook_title" content="{$edition-title}"/>
    <meta name="citation_publisher" content="tei-edition"/>
    <meta name="citation_public_url" content="{f:page-url($record?path)}"/>
    <link rel="schema.DC" href="http://purl.org/dc/elements/1.1/"/>
    <meta name="DC.title" content="{$record?title}"/>
    <xsl:for-each select="$record?authors"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:if test="$record?date ne ''"><meta name="DC.date" content="{$record?date}"/></xsl:if>
    <meta name="DC.publisher" content="tei-edition"/>
    <meta name="DC.identifier" content="{f:page-url($record?path)}"/>
    <meta name="DC.relation.isPartOf" content="{$edition-title}, version {$edition-version}"/>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <meta name="DC.language" content="en"/>
  </xsl:template>

  <xsl:template name="t:citation-block">
    <xsl:param name="record" as="map(*)"/>
    <section class="citation" aria-labelledby="cite-heading">
      <h2 id="cite-heading">How to cite</h2>
      <p class="citation-text" id="citation-text">{f:citation-text($record)}</p>
      <xsl:if test="$record?kind = 'text'">
        <p>To cite a paragraph, add its anchor to the address: every ¶ link gives it
          (<code>{f:page-url($record?path)}#p3</code> is the third block of the text).</p>
      </xsl:if>
      <p class="citation-downloads">Download:
        <a href="../cite/{$record?id}.json" download="{$record?id}.json" type="application/vnd.citationstyles.csl+json">CSL-JSON</a> ·
        <a href="../cite/{$record?id}.bib" download="{$record?id}.bib" type="application/x-bibtex">BibTeX</a></p>
    </section>
  </xsl:template>

  <!-- Writes cite/<id>.json and cite/<id>.bib next to the page (pages live one folder deep). -->
  <xsl:template name="t:citation-files">
    <xsl:param name="record" as="map(*)"/>
    <xsl:variable name="date-parts" select="array { tokenize($record?date[. ne ''], '-')[. castable as xs:integer] ! xs:integer(.) }"/>
    <xsl:variable name="edition-parts" select="array { tokenize($edition-date, '-') ! xs:integer(.) }"/>
    <xsl:result-document href="../cite/{$record?id}.json" format="json">
      <xsl:sequence select="array { map:merge((
        map {
          'id' : $record?id,
          'type' : if ($record?kind = 'person') then 'entry-encyclopedia' else 'chapter',
          'title' : $record?title,
          'container-title' : $edition-title,
          'publisher' : 'tei-edition',
          'version' : $edition-version,
          'issued' : map { 'date-parts' : array { $edition-parts } },
          'URL' : f:page-url($record?path),
          'author' : array { $record?authors ! map { 'literal' : . } }
        },
        if (array:size($date-parts) gt 0) then map { 'original-date' : map { 'date-parts' : array { $date-parts } } } else ()
      )) }" xmlns:map="http://www.w3.org/2005/xpath-functions/map" xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    </xsl:result-document>
    <xsl:result-document href="../cite/{$record?id}.bib" format="text">
      <xsl:text>@incollection{{{replace($record?id, '[^A-Za-z0-9\-]', '')},&#10;</xsl:text>
      <xsl:if test="exists($record?authors)">
        <xsl:text>  author = {{{string-join($record?authors ! f:bibtex-escape(.), ' and ')}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:text>  title = {{{f:bibtex-escape($record?title)}}},&#10;</xsl:text>
      <xsl:text>  booktitle = {{{f:bibtex-escape($edition-title)}}},&#10;</xsl:text>
      <xsl:text>  edition = {{version {f:bibtex-escape($edition-version)}}},&#10;</xsl:text>
      <xsl:text>  publisher = {{tei-edition}},&#10;</xsl:text>
      <xsl:text>  year = {{{substring($edition-date, 1, 4)}}},&#10;</xsl:text>
      <xsl:text>  url = {{{f:page-url($record?path)}}},&#10;</xsl:text>
      <xsl:if test="$record?date ne ''">
        <xsl:text>  note = {{Original date {$record?date}}},&#10;</xsl:text>
      </xsl:if>
      <xsl:text>}}&#10;</xsl:text>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>
