<?xml version="1.0" encoding="UTF-8"?>
<!--
  Performance texts (TEI module drama): speeches with their speaker, stage directions, cast lists.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:f="urn:tei-edition:function"
  xmlns:m="urn:tei-edition:mode"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all"
  expand-text="yes">

  <!-- Inside a paragraph, HTML allows no blocks: there speeches and cast lists run inline. -->
  <xsl:function name="f:in-phrase" as="xs:boolean">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="exists($node/ancestor::*[self::p | self::head | self::ab | self::l | self::note | self::speaker | self::stage[ancestor::p]])"/>
  </xsl:function>

  <xsl:template match="sp | spGrp | castList | castGroup | set | prologue | epilogue | performance" mode="m:body">
    <xsl:element name="{if (f:in-phrase(.)) then 'span' else 'div'}">
      <xsl:attribute name="class" select="local-name()"/>
      <xsl:if test="@who"><xsl:attribute name="data-who" select="@who"/></xsl:if>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="speaker" mode="m:body">
    <xsl:element name="{if (f:in-phrase(.)) then 'span' else 'p'}">
      <xsl:attribute name="class" select="'speaker'"/>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <!-- A stage direction between speeches is a paragraph of its own; inside a speech's line, inline. -->
  <xsl:template match="stage | move | view | camera | sound | tech | caption" mode="m:body">
    <xsl:element name="{if (f:in-phrase(.) or parent::speaker) then 'span' else 'p'}">
      <xsl:attribute name="class" select="'stage stage-' || local-name()"/>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="castItem" mode="m:body">
    <xsl:element name="{if (f:in-phrase(.)) then 'span' else 'p'}">
      <xsl:attribute name="class" select="'castItem'"/>
      <xsl:apply-templates mode="m:body"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="role | roleDesc | actor" mode="m:body">
    <span class="{local-name()}"><xsl:apply-templates mode="m:body"/></span>
    <xsl:if test="self::role and following-sibling::*[1][self::roleDesc]">, </xsl:if>
  </xsl:template>

</xsl:stylesheet>
