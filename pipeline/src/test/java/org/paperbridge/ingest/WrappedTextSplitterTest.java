package org.paperbridge.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.paperbridge.model.PipelineException;

/** Issue #16 class 5: plain text with single line breaks, split line by line. */
class WrappedTextSplitterTest {
    /**
     * The first page of a reader's copy of a CNKI-style PDF (计算机技术与发展 2023(10), the
     * corpus's rc-jsj2023-10-identifier-mobility), one line per printed line, and the wrapped
     * heading of its section 2: no blank line anywhere.
     */
    private static final String READER_COPY = String.join("\n",
            "基于可编程平台的标识网络移动性管理机制",
            "柳依岸* ，郜 帅，侯心迪，刘宁春",
            "( 北京交通大学 电子信息工程学院 移动专用网络国家工程研究中心，北京 100044)",
            "摘 要:标识网络的提出解决了传统 TCP /IP网络中 IP地址“二义性”带来的移动性问题，然而标识网络的颠覆式创新在",
            "现网中部署存在困难。随着协议无关的可编程平台技术不断发展，为解决标识网络部署困难带来可能，为标识网络的大",
            "规模推广带来便利条件。该文提出一种基于可编程平台的标识网络移动性管理机制，结合可编程平台数据与控制分离的",
            "特点，在数据平面设计一套报文处理与转发逻辑实现数据报的解析与转发，在控制平面设计包含四个模块的控制系统实",
            "现设备身份认证与映射注册、跨接入域通信的映射查询、移动终端跨接入域移动切换等网络功能。基于可编程平台搭建",
            "了标识网络原型实验系统，对基于可编程平台的标识网络移动性管理机制的功能和性能进行实验测试评估。结果表明，",
            "该机制能够支持标识分离映射、标识发布与查询、设备移动切换等功能，性能满足大部分实时应用需求。",
            "关键词:标识网络; 可编程平台; 标识分离映射机制; 移动管理; 映射关系更新",
            "中图分类号: TP393 文献标识码: A 文章编号: 1673－629X( 2023) 10－0059－07",
            "doi: 10．3969 / j．issn．1673－629X．2023．10．010",
            "Mobility Management Mechanism of Smart Identifier Network Based on",
            "Programmable Data Plane",
            "LIU Yi－an* ，GAO Shuai，HOU Xin－di，LIU Ning－chun",
            "( National Engineering Ｒesearch Center of Advanced Network Technologies，School of Electronic Information and",
            "Engineering，Beijing Jiaotong University，Beijing 100044，China)",
            "Abstract: The proposal of Smart Identifier Network solves the mobility problem caused by the \" ambiguity\" of IP address in traditional",
            "TCP /IP network，but the subversive innovation of Smart Identifier Network is difficult to deploy in the existing network． With the contin-",
            "uous development of protocol－independent programmable data plane technology，it is possible to solve the difficulties of Smart Identifier",
            "Network deployment and bring convenient conditions for the large－scale promotion of Smart Identifier Network． We propose a Smart I-",
            "dentifier Network mobility management mechanism based on programmable data plane，which combines the characteristics of data and",
            "control separation of programmable data plane，designs a set of message processing and forwarding logic in the data plane to realize the",
            "parsing and forwarding of packet，and realizes network functions such as device identity authentication and mapping registration，mapping",
            "query of cross access domain communication，and cross access domain mobile switching of mobile terminals in the control plane design",
            "with four modules． In this paper，a prototype experimental system of Smart Identifier Network is built based on the programmable data",
            "plane，and the functions and performance of the identity network mobility management mechanism based on the programmable date plat-",
            "form are experimentally tested and evaluated． The results show that the mechanism can support functions such as identity separation map-",
            "ping，identity publishing and query，and device mobile switching access，and the performance meets the requirements of most real－time",
            "applications．",
            "Key words: smart identifier network; programmable data plane; identifiers separating and mapping scheme; mobility management;",
            "mapping relationship updating",
            "0 引 言",
            "在传统互联网 TCP /IP 结构体系创造之初，终端",
            "设备大多采用以“固定、有线”为主的连通方式，网络",
            "结构固定，使得 IP 具有身份和位置双重属性［1］，这种",
            "在当时简单有效的设计在如今却直接或间接带来了现",
            "网中移动性［2］、路由可扩展性［3］、网络安全［4］等问题。",
            "2 基于可编程平台的标识网络移动性管理",
            "机制",
            "2．1 可编程平台下标识网络总体架构设计与原理",
            "基于可编程平台的控制与转发分离的理念，标识",
            "网络架构总体分为数据平面和控制平面两部分设计。",
            "数据平面负责根据可编程设计的数据面解析处理逻辑",
            "处理报文，并按照控制面下发的流表进行转发。控制");

    private static List<String> texts(String text) {
        return WrappedTextSplitter.split(text).stream().map(Block::text).toList();
    }

    @Test
    void findsTheBlocksOfAReaderCopyLineByLine() {
        assertTrue(WrappedTextSplitter.applies(READER_COPY));
        List<String> blocks = texts(READER_COPY);
        // Title, byline and address stop short of the page width: one block each.
        assertEquals("基于可编程平台的标识网络移动性管理机制", blocks.get(0));
        assertEquals("柳依岸* ，郜 帅，侯心迪，刘宁春", blocks.get(1));
        assertEquals("( 北京交通大学 电子信息工程学院 移动专用网络国家工程研究中心，北京 100044)", blocks.get(2));
        // The abstract fills the page width line after line until its short last line.
        assertTrue(blocks.get(3).startsWith("摘 要:标识网络的提出解决了传统 TCP /IP网络中 IP地址“二义性”带来的移动性问题，然而标识网络的颠覆式创新在现网中部署存在困难。"),
                blocks.get(3));
        assertTrue(blocks.get(3).endsWith("性能满足大部分实时应用需求。"), blocks.get(3));
        assertEquals("关键词:标识网络; 可编程平台; 标识分离映射机制; 移动管理; 映射关系更新", blocks.get(4));
        assertTrue(blocks.get(5).startsWith("中图分类号: TP393"), blocks.get(5));
        assertEquals("doi: 10．3969 / j．issn．1673－629X．2023．10．010", blocks.get(6));
        // An English title line that ends on "on" goes on; the address ending on "and" too.
        assertEquals("Mobility Management Mechanism of Smart Identifier Network Based on Programmable Data Plane", blocks.get(7));
        assertEquals("LIU Yi－an* ，GAO Shuai，HOU Xin－di，LIU Ning－chun", blocks.get(8));
        assertEquals("( National Engineering Ｒesearch Center of Advanced Network Technologies，School of Electronic Information and"
                + " Engineering，Beijing Jiaotong University，Beijing 100044，China)", blocks.get(9));
        assertTrue(blocks.get(10).startsWith("Abstract: The proposal"), blocks.get(10));
        assertTrue(blocks.get(10).contains("With the continuous development"), "a hyphen the break put there is removed");
        assertTrue(blocks.get(11).startsWith("Key words:") && blocks.get(11).endsWith("mobility management; mapping relationship updating"),
                blocks.get(11));
        assertEquals("0 引 言", blocks.get(12));
        assertEquals("在传统互联网 TCP /IP 结构体系创造之初，终端设备大多采用以“固定、有线”为主的连通方式，网络结构固定，"
                + "使得 IP 具有身份和位置双重属性［1］，这种在当时简单有效的设计在如今却直接或间接带来了现网中移动性［2］、"
                + "路由可扩展性［3］、网络安全［4］等问题。", blocks.get(13));
        // A heading too long for its line goes on with its short rest; the next heading starts a block.
        assertEquals("2 基于可编程平台的标识网络移动性管理机制", blocks.get(14));
        assertEquals("2．1 可编程平台下标识网络总体架构设计与原理", blocks.get(15));
        assertTrue(blocks.get(16).startsWith("基于可编程平台的控制与转发分离的理念，标识网络架构总体分为数据平面和控制平面两部分设计。"),
                blocks.get(16));
        assertEquals(17, blocks.size());
    }

    @Test
    void putsEachLineOfAWebPageCopyInABlockOfItsOwn() {
        // A browser's copy of a full-text page: one line per block, every line its own length.
        String web = String.join("\n",
                "基于可编程平台的标识网络移动性管理机制",
                "柳依岸，郜帅，侯心迪，刘宁春",
                "北京交通大学 电子信息工程学院，北京 100044",
                "摘要：标识网络的提出解决了传统TCP/IP网络中IP地址“二义性”带来的移动性问题，然而标识网络的颠覆式创新在现网中部署存在困难。随着协议无关的可编程平台技术不断发展，为解决标识网络部署困难带来可能。",
                "关键词：标识网络；可编程平台；移动管理",
                "中图分类号：TP393",
                "0 引言",
                "在传统互联网TCP/IP结构体系创造之初，终端设备大多采用以“固定、有线”为主的连通方式，网络结构固定。",
                "目前在部分专用网络中标识网络的部署应用已经取得了良好效果，然而标识网络很难在现有的网络中使用，现有的TCP/IP网络体系的应用非常成熟，架构更替面临极高的部署障碍。",
                "1 相关工作",
                "近年针对标识网络移动性管理机制的研究主要集中在基于Linux系统的网络转发平台上。",
                "参考文献",
                "[1] 郭锐，冯志杰，高宗宁．一种新型网络通信协议的设计与研究[J]．计算机技术与发展，2017，27(1)：75-79．");
        assertTrue(WrappedTextSplitter.applies(web));
        assertEquals(List.of(web.split("\n")), texts(web));
    }

    @Test
    void leavesTextWithBlankLinesToTheBlankLineSplitter() {
        String paragraphs = String.join("\n\n", READER_COPY.split("\n"));
        assertFalse(WrappedTextSplitter.applies(paragraphs));
        assertFalse(WrappedTextSplitter.applies("摘要：一行。\n关键词：二"), "too short to tell");
    }

    @Test
    void readsAPlainTextFileWithoutBlankLinesLineByLine() throws PipelineException {
        Blocks blocks = new TextExtractor().extract(READER_COPY.getBytes(StandardCharsets.UTF_8), "copy.txt");
        assertEquals("text", blocks.format());
        assertEquals("0 引 言", blocks.blocks().get(12).text());
    }

    @Test
    void measuresWidthInHalfWidthCells() {
        assertEquals(4, WrappedTextSplitter.width("引言"));
        assertEquals(6, WrappedTextSplitter.width("TCP/IP"));
        assertEquals(5, WrappedTextSplitter.width("［1］"));
    }
}
