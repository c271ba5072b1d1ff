<?xml version="1.0" encoding="UTF-8"?>
<!--
  Critical apparatus (TEI module textcrit): the lemma (or, without one, the first reading) is the
  text; the other readings follow it in a bracketed apparatus entry, each with its witnesses'
  sigla, so that readings never run into the text as if they were one.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <xsl:template match="app" mode="m:body">
    <xsl:variable name="readings" select=".//(lem | rdg)"/>
    <xsl:variable name="base" select="(lem, rdgGrp/lem, rdg, rdgGrp/rdg)[1]"/>
    <span class="app">
      <span class="lem"><xsl:apply-templates select="$base/node()" mode="m:body"/></span>
      <span class="apparatus" role="note">
        <xsl:text> [</xsl:text>
        <xsl:for-each select="$readings">
          <xsl:if test="position() gt 1"><xsl:text> | </xsl:text></xsl:if>
          <span class="{local-name()}-entry">
            <xsl:if test="@wit">
              <span class="sigla">{f:sigla(@wit)}</span><xsl:text>: </xsl:text>
            </xsl:if>
            <xsl:choose>
              <xsl:when test=". is $base"><span class="lem-ref">{if (normalize-space(.) = '') then 'om.' else '='}</span></xsl:when>
              <xsl:when test="normalize-space(.) = '' and not(*)"><span class="om">om.</span></xsl:when>
              <xsl:otherwise><xsl:apply-templates mode="m:body"/></xsl:otherwise>
            </xsl:choose>
          </span>
        </xsl:for-each>
        <!-- Notes, witness details and stray text of the entry, after the readings. -->
        <xsl:apply-templates select="node() except (lem | rdg | rdgGrp), rdgGrp/(node() except (lem | rdg))" mode="m:body"/>
        <xsl:text>]</xsl:text>
      </span>
    </span>
  </xsl:template>

  <!-- Readings outside an app (rare) keep their text. -->
  <xsl:template match="lem | rdg | rdgGrp" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

  <!-- "A, B": a witness's @n or abbreviation where the listWit gives one, else its id. -->
  <xsl:function name="f:sigla" as="xs:string">
    <xsl:param name="wit" as="attribute()"/>
    <xsl:sequence select="string-join(for $token in tokenize(normalize-space($wit), ' ')
      return f:siglum(f:pointer-id($token, $wit), root($wit)), ', ')"/>
  </xsl:function>

  <xsl:function name="f:siglum" as="xs:string">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="witness" select="key('f:by-id', $id, $doc)[self::witness]"/>
    <xsl:sequence select="normalize-space(($witness/@n, $witness/abbr[1], $id)[1])"/>
  </xsl:function>

  <xsl:template match="witDetail | wit | witStart | witEnd | lacunaStart | lacunaEnd | variantEncoding" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
  </xsl:template>

</xsl:stylesheet>
