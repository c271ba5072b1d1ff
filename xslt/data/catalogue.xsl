<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet (no page): the catalogue of texts, computed once per build from the texts'
  digests (xslt/data/digest.xsl), in reading order, and passed to every page, so that no page has to
  walk the whole corpus for its neighbours and witnesses.
  <catalogue><text id path order source title cited-as? …>(<witness id/>)* (<mention person
  count/>)* (<agent id/>)* (<link id/>)*</text>*</catalogue> in the namespace urn:tei-edition:catalogue;
  cited-as is the title as a chronicle cites it (xslt/common/chronicle.xsl). Mentions (persName in
  the text, per person), agents (persons and bodies of the register that the text's @ref, @resp, @who
  or @key name) and links (texts its relatedItems name) are what a build needs to know which pages
  an edit affects (src/site/page-inputs.ts). Each text keeps the rest of its digest (authors, mentions
  in context, chronicle events): the catalogue of the pages about the whole edition. Run again on
  that catalogue, the stylesheet makes a text's page's catalogue, without them.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:c="urn:tei-edition:catalogue"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>

  <xsl:mode on-no-match="fail"/>
  <xsl:output method="xml" indent="no"/>

  <!-- The digests of the texts, in the order of their paths. -->
  <xsl:param name="digests" as="document-node()*" select="()"/>

  <xsl:variable name="entries" as="element(c:text)*" select="$digests ! c:text"/>
  <xsl:variable name="ids" as="map(xs:string, xs:boolean)" select="map:merge($entries ! map { string(@id) : true() }, map { 'duplicates' : 'use-first' })"/>
  <!-- For each id a text/@corresp names, the ids of the texts that name it (in the order of their paths). -->
  <!-- (Grouped: map:merge with 'combine' is quadratic in Saxon-JS; see f:mentions.) -->
  <xsl:variable name="naming" as="map(xs:string, xs:string*)">
    <xsl:map>
      <xsl:for-each-group select="$entries" group-by="c:corresp/@id">
        <xsl:map-entry key="current-grouping-key()" select="current-group()/@id ! string(.)"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <xsl:template match="/">
    <catalogue xmlns="urn:tei-edition:catalogue">
      <!-- The edition's reading order: by source (as listed in sources.xml), then page, line and id. -->
      <xsl:for-each select="$entries">
        <xsl:sort select="(index-of($f:source-ids, string(@source)), 999)[1]" data-type="number"/>
        <xsl:sort select="number(@page-from)" data-type="number"/>
        <xsl:sort select="number(@line-from)" data-type="number"/>
        <xsl:sort select="string(@id)"/>
        <xsl:variable name="id" select="string(@id)"/>
        <xsl:copy>
          <xsl:copy-of select="@*"/>
          <!-- The other witnesses: its own text/@corresp and the texts whose @corresp names it. -->
          <xsl:for-each select="distinct-values((c:corresp/@id, $naming($id)))[map:contains($ids, .)][. ne $id]">
            <witness xmlns="urn:tei-edition:catalogue" id="{.}"/>
          </xsl:for-each>
          <xsl:copy-of select="c:mention, c:agent, c:link, c:schema, c:corresp, c:author, c:author-label, c:kwic, c:event"/>
        </xsl:copy>
      </xsl:for-each>
    </catalogue>
  </xsl:template>

  <!-- Given the whole catalogue as its source: the catalogue of a text's page, the same without
       what only the pages about the whole edition show (sorted and linked once, copied here). -->
  <xsl:template match="document-node()[c:catalogue]" priority="1">
    <catalogue xmlns="urn:tei-edition:catalogue">
      <xsl:for-each select="c:catalogue/c:text">
        <xsl:copy>
          <xsl:copy-of select="@*, c:witness, c:mention, c:agent, c:link"/>
        </xsl:copy>
      </xsl:for-each>
    </catalogue>
  </xsl:template>

</xsl:stylesheet>
