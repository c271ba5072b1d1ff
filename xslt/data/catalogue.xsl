<?xml version="1.0" encoding="UTF-8"?>
<!--
  Entry stylesheet (no page): the catalogue of texts, computed once per build and passed to every text
  page, so that no page has to walk the whole corpus for its neighbours and witnesses.
  <catalogue><text id path source title cited-as?>(<witness id/>)* (<mention person
  count/>)* (<agent id/>)* (<link id/>)*</text>*</catalogue> in the namespace urn:tei-edition:catalogue,
  in reading order; cited-as is the title as a chronicle cites it (xslt/common/chronicle.xsl).
  Mentions (persName in the text, per person), agents (persons and bodies of the register that the
  text's @ref, @resp, @who or @key name) and links (texts its relatedItems name) are what a build needs
  to know which pages an edit affects (src/site/page-inputs.ts).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:import href="../common/params.xsl"/>
  <xsl:import href="../common/functions.xsl"/>

  <xsl:mode on-no-match="fail"/>
  <xsl:output method="xml" indent="no"/>

  <xsl:template match="/">
    <catalogue xmlns="urn:tei-edition:catalogue">
      <xsl:for-each select="$f:texts">
        <xsl:variable name="cited-as" select="f:cited-as(f:text-title(.))"/>
        <text xmlns="urn:tei-edition:catalogue" id="{f:text-id(.)}" path="{f:document-path(.)}" source="{f:text-source-id(.)}" title="{f:text-title(.)}">
          <xsl:if test="$cited-as ne ''"><xsl:attribute name="cited-as" select="$cited-as"/></xsl:if>
          <xsl:for-each select="f:witnesses(.)"><witness xmlns="urn:tei-edition:catalogue" id="{.}"/></xsl:for-each>
          <xsl:for-each-group select="TEI/text//persName[@ref | @key] ! f:person-ids(.)" group-by=".">
            <mention xmlns="urn:tei-edition:catalogue" person="{current-grouping-key()}" count="{count(current-group())}"/>
          </xsl:for-each-group>
          <xsl:for-each select="distinct-values((for $a in .//(@ref | @resp | @who), $t in tokenize(normalize-space($a), ' ')
              return f:pointer-id($t, $a)[exists(key('f:by-id', ., $persons))], .//@key ! f:key-person-id(.)))">
            <agent xmlns="urn:tei-edition:catalogue" id="{.}"/>
          </xsl:for-each>
          <xsl:for-each select="distinct-values(TEI/teiHeader/fileDesc/sourceDesc//relatedItem/@target ! f:pointer-id(., .))">
            <link xmlns="urn:tei-edition:catalogue" id="{.}"/>
          </xsl:for-each>
        </text>
      </xsl:for-each>
    </catalogue>
  </xsl:template>

</xsl:stylesheet>
