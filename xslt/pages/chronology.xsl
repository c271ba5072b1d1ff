<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet: the chronology. Every dated text and every dated event of a chronicle, drawn on
  a timeline (SVG) and listed below it; site.js filters both by person and source.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xmlns:t="urn:tei-edition:template"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns:array="http://www.w3.org/2005/xpath-functions/array"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>
  <xsl:import href="../common/layout.xsl"/>
  <xsl:import href="../common/render.xsl"/>

  <xsl:mode on-no-match="fail" use-accumulators="#all"/>

  <!-- Timeline geometry (SVG user units). -->
  <xsl:variable name="width" select="1000"/>
  <xsl:variable name="margin" select="40"/>
  <xsl:variable name="lanes" select="6"/>
  <xsl:variable name="lane-height" select="22"/>

  <!-- Decimal year of an ISO date from f:date-start: 1923-03-05 → 1923.17, -0044-03-15 → -43.8 -->
  <xsl:function name="f:decimal-year" as="xs:double">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:variable name="parts" select="f:date-parts($iso)"/>
    <xsl:sequence select="$parts[1] + ($parts[2] - 1) div 12 + ($parts[3] - 1) div 365"/>
  </xsl:function>

  <!-- Every dated document that has a page (a header-only file of letters too). A work printed in two sources is one entry, with both witnesses: texts linked by text/@corresp
       (either way) are witnesses of one work; the first in reading order leads the entry. Computed once. -->
  <xsl:variable name="dated" as="document-node()*" select="$corpus[f:date-start(f:text-date(.)) ne '']"/>
  <xsl:variable name="dated-by-id" as="map(xs:string, document-node())" select="map:merge($dated ! map { f:text-id(.) : . })"/>
  <xsl:variable name="corresp-edges" as="array(xs:string)*" select="
    for $doc in $dated, $token in tokenize(normalize-space($doc/TEI/text/@corresp), ' ')
    return [f:text-id($doc), f:pointer-id($token, $doc/TEI/text/@corresp)]"/>
  <!-- (Grouped: map:merge with 'combine' is quadratic in Saxon-JS; see f:mentions.) -->
  <xsl:variable name="linked" as="map(xs:string, document-node()*)">
    <xsl:map>
      <xsl:for-each-group select="$corpus-edges-both" group-by="?1">
        <xsl:map-entry key="current-grouping-key()" select="current-group() ! $dated-by-id(?2)"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>
  <xsl:variable name="corpus-edges-both" as="array(xs:string)*" select="
    ($corresp-edges, $corresp-edges ! [?2, ?1])[map:contains($dated-by-id, ?1) and map:contains($dated-by-id, ?2)]"/>

  <!-- Whether a dated text is another witness of a text that comes earlier in reading order. -->
  <xsl:function name="f:follows-witness" as="xs:boolean">
    <xsl:param name="doc" as="document-node()"/>
    <xsl:sequence select="some $other in ($linked(f:text-id($doc)), ())
      satisfies $f:text-position(generate-id($other)) lt $f:text-position(generate-id($doc))"/>
  </xsl:function>

  <!-- All events, sorted by date: maps with date, label, href, source, persons, kind. -->
  <xsl:variable name="events" as="map(*)*">
    <xsl:variable name="all" as="map(*)*">
      <xsl:for-each select="$dated[not(f:follows-witness(.))]">
        <xsl:variable name="date" select="f:text-date(.)"/>
        <xsl:variable name="witnesses" select="(., ($linked(f:text-id(.)), ()) except .)"/>
        <xsl:sequence select="map {
          'date' : f:date-start($date), 'when' : f:date-label($date), 'kind' : 'text',
          'label' : f:text-title(.) || (if (exists(f:text-authors(.))) then ' — ' || string-join(f:text-authors(.) ! f:agent-label(.), ', ') else ''),
          'href' : 'texts/' || f:text-id(.) || '.html', 'source' : string-join($witnesses ! string(f:text-source-id(.)), ' '),
          'witnesses' : array { $witnesses ! map { 'href' : 'texts/' || f:text-id(.) || '.html',
            'label' : f:source-label(f:source((f:text-source-id(.), '')[1])),
            'when' : f:date-label(f:text-date(.)) } },
          'persons' : distinct-values(($witnesses ! f:text-authors(.) ! f:person-ids(.), $witnesses/TEI/text//persName ! f:person-ids(.))) }"/>
      </xsl:for-each>
      <!-- Chronicle entries: TEI events (dated by their attributes or the date in their head) … -->
      <xsl:for-each select="$corpus/TEI/text//event">
        <xsl:variable name="date" select="(.[@when | @from | @notBefore | @notAfter | @to], (head//date)[1])[f:date-start(.) ne ''][1]"/>
        <xsl:if test="$date">
          <xsl:sequence select="map {
            'date' : f:date-start($date), 'when' : f:date-label(((head//date)[1], $date)[1]), 'kind' : 'event',
            'label' : normalize-space(f:visible-text(node() except head, count(ancestor::*))),
            'href' : 'texts/' || f:text-id(root(.)) || '.html#' || f:anchor-of((head, .//p, .)[1]),
            'source' : string(f:text-source-id(root(.))),
            'persons' : distinct-values(.//persName ! f:person-ids(.)) }"/>
        </xsl:if>
      </xsl:for-each>
      <!-- … and dated items or paragraphs of a chronicle division that are not events. -->
      <xsl:for-each select="$corpus/TEI/text//div[@type = 'chronicle']//(item | p)[not(ancestor::event)][not(.//item | .//p)]">
        <xsl:variable name="date" select="(.//date[f:date-start(.) ne ''])[1]"/>
        <xsl:if test="$date">
          <xsl:sequence select="map {
            'date' : f:date-start($date), 'when' : f:date-label($date), 'kind' : 'event',
            'label' : normalize-space(f:visible-text(., count(ancestor::*))),
            'href' : 'texts/' || f:text-id(root(.)) || '.html#' || f:anchor-of(.),
            'source' : string(f:text-source-id(root(.))),
            'persons' : distinct-values(.//persName ! f:person-ids(.)) }"/>
        </xsl:if>
      </xsl:for-each>
    </xsl:variable>
    <!-- xsl:sort, not sort#3: Saxon-JS evaluates a sort#3 key on every comparison. -->
    <xsl:perform-sort select="$all">
      <xsl:sort select="f:decimal-year(?date)" data-type="number"/>
      <xsl:sort select="?date"/>
    </xsl:perform-sort>
  </xsl:variable>

  <xsl:template match="/">
    <xsl:result-document href="chronology.html" format="html">
      <xsl:call-template name="t:page">
        <xsl:with-param name="root" select="''" tunnel="yes"/>
        <xsl:with-param name="title" select="'Chronology'"/>
        <xsl:with-param name="page-class" select="'page-chronology'"/>
        <xsl:with-param name="content" as="node()*">
          <h1>Chronology</h1>
          <p>Every dated text of the edition and every dated event of its chronicles
            ({count($events[?kind = 'text'])} texts, {count($events[?kind = 'event'])} events).
            Dates are Gregorian (New Style).</p>
          <xsl:call-template name="t:filters"/>
          <xsl:if test="exists($events)">
            <xsl:call-template name="t:timeline"/>
          </xsl:if>
          <ol class="events" id="events">
            <xsl:for-each select="$events">
              <li class="event event-{?kind}" data-source="{?source}" data-persons="{?persons}" data-date="{?date}">
                <span class="event-date">{?when}</span>
                <xsl:text> </xsl:text>
                <span class="event-kind">{if (?kind = 'text') then 'Text' else 'Event'}</span>
                <xsl:text> </xsl:text>
                <a href="{?href}">{?label}</a>
                <xsl:if test="count(?witnesses?*) gt 1">
                  <span class="event-witnesses"> — witnesses:
                    <xsl:for-each select="?witnesses?*">
                      <xsl:if test="position() gt 1">; </xsl:if>
                      <a href="{?href}">{?label}</a><xsl:if test="position() gt 1"> (dated {?when})</xsl:if>
                    </xsl:for-each>
                  </span>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ol>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:result-document>
  </xsl:template>

  <!-- Filters: hidden until site.js runs (without script the whole list is shown). -->
  <xsl:template name="t:filters">
    <form class="filters" id="chronology-filters" hidden="">
      <label for="filter-person">Person</label>
      <select id="filter-person" name="person">
        <option value="">all persons</option>
        <xsl:for-each select="distinct-values($events?persons)">
          <xsl:sort select="f:agent-name(.)"/>
          <option value="{.}">{f:agent-name(.)}</option>
        </xsl:for-each>
      </select>
      <label for="filter-source">Source</label>
      <select id="filter-source" name="source">
        <option value="">all sources</option>
        <xsl:for-each select="$sources//listBibl/biblStruct">
          <option value="{@xml:id}">{f:source-label(.)}</option>
        </xsl:for-each>
      </select>
      <output id="filter-count" for="filter-person filter-source" aria-live="polite"></output>
    </form>
  </xsl:template>

  <!-- The drawn timeline. Years far apart (the 1920s texts, a 1975 introduction, a 2022 web page)
       are drawn as separate panels, each with its own scale, so that no period is squeezed; in a
       panel, one dot per event, in lanes so that close dates do not overlap. The list below carries
       the same links for keyboard and screen-reader users. -->
  <xsl:template name="t:timeline">
    <xsl:variable name="years" select="sort(distinct-values($events ! f:date-parts(?date)[1]))"/>
    <xsl:variable name="starts" select="for $i in 1 to count($years)
      return $years[$i][$i = 1 or $years[$i] - $years[$i - 1] gt 4]"/>
    <figure class="timeline">
      <xsl:for-each select="$starts">
        <xsl:variable name="index" select="position()"/>
        <xsl:variable name="first" select="."/>
        <xsl:variable name="last" select="max($years[. ge $first][empty($starts[$index + 1]) or . lt $starts[$index + 1]]) + 1"/>
        <xsl:call-template name="t:timeline-panel">
          <xsl:with-param name="first" select="$first"/>
          <xsl:with-param name="last" select="$last"/>
          <xsl:with-param name="events" select="$events[f:decimal-year(?date) ge $first and f:decimal-year(?date) lt $last]"/>
        </xsl:call-template>
      </xsl:for-each>
      <figcaption>Timeline: dark dots are texts, light dots chronicle events; periods far apart are drawn
        as separate panels. Point at a dot for its date and title; the same entries are listed below.</figcaption>
    </figure>
  </xsl:template>

  <xsl:template name="t:timeline-panel">
    <xsl:param name="first" as="xs:integer"/>
    <xsl:param name="last" as="xs:integer"/>
    <xsl:param name="events" as="map(*)*"/>
    <xsl:variable name="span" select="$last - $first"/>
    <xsl:variable name="step" select="([1, 2, 5, 10, 20, 25, 50, 100]?*[$span div . le 12], 100)[1]"/>
    <xsl:variable name="scale" select="($width - 2 * $margin) div $span"/>
    <xsl:variable name="height" select="$lanes * $lane-height + 50"/>
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {$width} {$height}" aria-hidden="true" focusable="false">
      <line x1="{$margin}" y1="{$height - 30}" x2="{$width - $margin}" y2="{$height - 30}" class="axis"/>
      <xsl:for-each select="($first to $last)[(. - $first) mod $step = 0]">
        <xsl:variable name="x" select="$margin + (. - $first) * $scale"/>
        <line x1="{$x}" y1="{$height - 34}" x2="{$x}" y2="{$height - 26}" class="tick"/>
        <text x="{$x}" y="{$height - 10}" text-anchor="middle" class="year">{.}</text>
      </xsl:for-each>
      <xsl:for-each select="$events">
        <xsl:variable name="x" select="round(($margin + (f:decimal-year(?date) - $first) * $scale) * 10) div 10"/>
        <xsl:variable name="y" select="20 + ((position() - 1) mod $lanes) * $lane-height"/>
        <g class="mark mark-{?kind}" data-source="{?source}" data-persons="{?persons}">
          <a href="{?href}" tabindex="-1">
            <title>{?when}: {?label}</title>
            <line x1="{$x}" y1="{$y}" x2="{$x}" y2="{$height - 30}" class="stem"/>
            <circle cx="{$x}" cy="{$y}" r="6"/>
          </a>
        </g>
      </xsl:for-each>
    </svg>
  </xsl:template>

</xsl:stylesheet>
